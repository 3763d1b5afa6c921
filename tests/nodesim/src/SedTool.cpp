// SPDX-License-Identifier: GPL-3.0-or-later
// A small sed: -n, -i[SUFFIX], -e, -E/-r; addresses N, $, /RE/ (and ranges, !); commands
// s///[gpIN], d, p, q, a, i, c, =. Enough for editing configuration files in plan steps.
#include "Text.h"
#include "Tools.h"

#include <QFile>

namespace pveha::sim {
namespace {

struct Address
{
    enum Kind { None, Line, Last, Regex } kind = None;
    int line = 0;
    QRegularExpression re;
};

struct Command
{
    Address a1, a2;
    bool negate = false;
    QChar cmd;
    QRegularExpression re; // s
    QString replacement;
    bool global = false, print = false;
    int occurrence = 1;
    QString text; // a, i, c
    bool inRange = false;
};

struct Parser
{
    QString s;
    int i = 0;
    bool extended = false;
    QString error;

    bool atEnd() const { return i >= s.size(); }
    void skipSpaces()
    {
        while (!atEnd() && (s[i] == QLatin1Char(' ') || s[i] == QLatin1Char('\t')))
            ++i;
    }
    QString delimited(QChar d)
    {
        QString out;
        while (!atEnd() && s[i] != d) {
            if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
                if (s[i + 1] == d) {
                    out += d;
                    i += 2;
                    continue;
                }
                if (s[i + 1] == QLatin1Char('n')) {
                    out += QStringLiteral("\\n");
                    i += 2;
                    continue;
                }
                out += s[i];
                out += s[i + 1];
                i += 2;
                continue;
            }
            out += s[i++];
        }
        if (atEnd()) {
            error = QStringLiteral("unterminated `s' command");
            return {};
        }
        ++i;
        return out;
    }
    bool address(Address *a)
    {
        if (atEnd())
            return true;
        if (s[i].isDigit()) {
            int start = i;
            while (!atEnd() && s[i].isDigit())
                ++i;
            a->kind = Address::Line;
            a->line = s.mid(start, i - start).toInt();
        } else if (s[i] == QLatin1Char('$')) {
            a->kind = Address::Last;
            ++i;
        } else if (s[i] == QLatin1Char('/') || s[i] == QLatin1Char('\\')) {
            QChar d = s[i] == QLatin1Char('\\') ? s[++i] : s[i];
            ++i;
            const QString re = delimited(d);
            if (!error.isEmpty())
                return false;
            a->kind = Address::Regex;
            a->re = QRegularExpression(posixToPcre(re, extended));
        }
        return true;
    }
    QString textArg()
    {
        // GNU one-liner forms: "a text", "a\text", "a\<newline>text".
        if (!atEnd() && s[i] == QLatin1Char('\\'))
            ++i;
        if (!atEnd() && s[i] == QLatin1Char('\n'))
            ++i;
        skipSpaces();
        int start = i;
        while (!atEnd() && s[i] != QLatin1Char('\n'))
            ++i;
        QString t = s.mid(start, i - start);
        t.replace(QStringLiteral("\\t"), QStringLiteral("\t"));
        if (t.startsWith(QLatin1Char('\\')))
            t.remove(0, 1);
        return t;
    }
    bool parse(QList<Command> *cmds)
    {
        while (!atEnd()) {
            while (!atEnd() && (s[i].isSpace() || s[i] == QLatin1Char(';')))
                ++i;
            if (atEnd())
                break;
            Command c;
            if (!address(&c.a1))
                return false;
            if (!atEnd() && s[i] == QLatin1Char(',')) {
                ++i;
                if (!address(&c.a2))
                    return false;
            }
            skipSpaces();
            if (!atEnd() && s[i] == QLatin1Char('!')) {
                c.negate = true;
                ++i;
                skipSpaces();
            }
            if (atEnd()) {
                error = QStringLiteral("missing command");
                return false;
            }
            c.cmd = s[i++];
            if (c.cmd == QLatin1Char('s')) {
                const QChar d = i < s.size() ? s[i] : QLatin1Char('/');
                ++i;
                const QString re = delimited(d);
                c.replacement = delimited(d);
                if (!error.isEmpty())
                    return false;
                bool ci = false;
                while (!atEnd() && QStringLiteral("gpIi0123456789").contains(s[i])) {
                    const QChar f = s[i++];
                    if (f == QLatin1Char('g'))
                        c.global = true;
                    else if (f == QLatin1Char('p'))
                        c.print = true;
                    else if (f == QLatin1Char('I') || f == QLatin1Char('i'))
                        ci = true;
                    else
                        c.occurrence = f.digitValue();
                }
                c.re = posixRegex(re, extended, ci);
                if (!c.re.isValid()) {
                    error = QStringLiteral("-e expression #1, char %1: Invalid regular expression")
                                .arg(i);
                    return false;
                }
            } else if (QStringLiteral("aic").contains(c.cmd)) {
                c.text = textArg();
            } else if (!QStringLiteral("dpq=").contains(c.cmd)) {
                error = QStringLiteral("-e expression #1, char %1: unknown command: `%2'")
                            .arg(i)
                            .arg(c.cmd);
                return false;
            }
            cmds->append(c);
        }
        return true;
    }
};

bool matches(const Address &a, int lineNo, bool last, const QString &line)
{
    switch (a.kind) {
    case Address::None:
        return true;
    case Address::Line:
        return lineNo == a.line;
    case Address::Last:
        return last;
    case Address::Regex:
        return a.re.match(line).hasMatch();
    }
    return false;
}

bool selected(Command &c, int lineNo, bool last, const QString &line)
{
    bool m;
    if (c.a2.kind == Address::None) {
        m = matches(c.a1, lineNo, last, line);
    } else if (c.inRange) {
        m = true;
        if (matches(c.a2, lineNo, last, line) ||
            (c.a2.kind == Address::Line && lineNo >= c.a2.line))
            c.inRange = false;
    } else {
        m = matches(c.a1, lineNo, last, line);
        if (m && !(c.a2.kind == Address::Line && c.a2.line <= lineNo))
            c.inRange = true;
    }
    return m != c.negate;
}

QString expand(const QString &rep, const QRegularExpressionMatch &m)
{
    QString out;
    for (int k = 0; k < rep.size(); ++k) {
        const QChar c = rep[k];
        if (c == QLatin1Char('&')) {
            out += m.captured(0);
        } else if (c == QLatin1Char('\\') && k + 1 < rep.size()) {
            const QChar n = rep[++k];
            if (n.isDigit())
                out += m.captured(n.digitValue());
            else if (n == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (n == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else
                out += n;
        } else {
            out += c;
        }
    }
    return out;
}

QString substitute(const Command &c, const QString &line, bool *did)
{
    QString out;
    int pos = 0, n = 0;
    auto it = c.re.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ++n;
        if (n < c.occurrence || (!c.global && n > c.occurrence))
            continue;
        out += line.mid(pos, m.capturedStart() - pos) + expand(c.replacement, m);
        pos = int(m.capturedEnd());
        *did = true;
    }
    return out + line.mid(pos);
}

QString run(QList<Command> &cmds, const QString &input, bool quiet, bool *quit)
{
    QStringList ls = input.split(QLatin1Char('\n'));
    const bool trailingNewline = input.endsWith(QLatin1Char('\n'));
    if (trailingNewline)
        ls.removeLast();
    QString out;
    for (int n = 0; n < ls.size() && !*quit; ++n) {
        QString line = ls[n];
        const bool last = n == ls.size() - 1;
        QString before, after;
        bool deleted = false;
        for (Command &c : cmds) {
            if (!selected(c, n + 1, last, line))
                continue;
            const QChar k = c.cmd;
            if (k == QLatin1Char('s')) {
                bool did = false;
                line = substitute(c, line, &did);
                if (did && c.print)
                    out += line + QLatin1Char('\n');
            } else if (k == QLatin1Char('d')) {
                deleted = true;
                break;
            } else if (k == QLatin1Char('p')) {
                out += line + QLatin1Char('\n');
            } else if (k == QLatin1Char('=')) {
                out += QString::number(n + 1) + QLatin1Char('\n');
            } else if (k == QLatin1Char('a')) {
                after += c.text + QLatin1Char('\n');
            } else if (k == QLatin1Char('i')) {
                before += c.text + QLatin1Char('\n');
            } else if (k == QLatin1Char('c')) {
                before += c.text + QLatin1Char('\n');
                deleted = true;
                break;
            } else if (k == QLatin1Char('q')) {
                *quit = true;
                break;
            }
        }
        out += before;
        if (!deleted && !quiet)
            out += line + ((last && !trailingNewline) ? QString() : QStringLiteral("\n"));
        out += after;
    }
    return out;
}

} // namespace

int toolSed(Ctx &ctx)
{
    bool quiet = false, inPlace = false, extended = false;
    QStringList scripts, files;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == QLatin1String("-n") || a == QLatin1String("--quiet"))
            quiet = true;
        else if (a.startsWith(QLatin1String("-i")) || a.startsWith(QLatin1String("--in-place")))
            inPlace = true;
        else if (a == QLatin1String("-E") || a == QLatin1String("-r"))
            extended = true;
        else if (a == QLatin1String("-e") && i + 1 < ctx.args.size())
            scripts << ctx.args[++i];
        else if (a == QLatin1String("-ne") && i + 1 < ctx.args.size()) {
            quiet = true;
            scripts << ctx.args[++i];
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return ctx.fail(
                QStringLiteral("sed: invalid option -- '%1' (the simulator supports -n, "
                               "-i, -e, -E, -r)")
                    .arg(a.mid(1)));
        else if (scripts.isEmpty() && !ctx.args.mid(0, i).contains(QStringLiteral("-e")))
            scripts << a;
        else
            files << a;
    }
    if (scripts.isEmpty())
        return ctx.fail(QStringLiteral(
            "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]..."));
    Parser p;
    p.s = scripts.join(QLatin1Char('\n'));
    p.extended = extended;
    QList<Command> cmds;
    if (!p.parse(&cmds))
        return ctx.fail(QStringLiteral("sed: ") + p.error);
    if (inPlace && files.isEmpty())
        return ctx.fail(QStringLiteral("sed: no input files"), 4);
    if (files.isEmpty()) {
        bool quit = false;
        ctx.say(run(cmds, QString::fromUtf8(ctx.readAllStdin()), quiet, &quit));
        return 0;
    }
    int rc = 0;
    bool quit = false;
    for (const QString &f : files) {
        QByteArray data;
        QString error;
        if (!ctx.readFile(f, &data, &error)) {
            ctx.sayErr(QStringLiteral("sed: can't read %1: %2\n").arg(f, error));
            rc = 2;
            continue;
        }
        for (Command &c : cmds)
            c.inRange = false;
        const QString result = run(cmds, QString::fromUtf8(data), quiet, &quit);
        if (inPlace) {
            if (!ctx.writeFile(f, result.toUtf8(), false, &error))
                return ctx.fail(QStringLiteral("sed: couldn't edit %1: %2").arg(f, error), 4);
        } else {
            ctx.say(result);
        }
        if (quit)
            break;
    }
    return rc;
}

} // namespace pveha::sim
