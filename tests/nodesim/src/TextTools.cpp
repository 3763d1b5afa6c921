// SPDX-License-Identifier: GPL-3.0-or-later
// grep, head, tail, wc: enough of them for plan checks, reading the simulated file system.
#include "Text.h"
#include "Tools.h"
#include "Util.h"

namespace pveha::sim {

QString posixToPcre(const QString &re, bool extended)
{
    QString out;
    bool inBracket = false;
    for (int i = 0; i < re.size(); ++i) {
        const QChar c = re[i];
        if (inBracket) {
            out += c;
            if (c == QLatin1Char(']') &&
                !(out.endsWith(QLatin1String("[]")) || out.endsWith(QLatin1String("[^]"))))
                inBracket = false;
            continue;
        }
        if (c == QLatin1Char('[')) {
            inBracket = true;
            out += c;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < re.size()) {
            const QChar n = re[++i];
            if (n == QLatin1Char('<') || n == QLatin1Char('>'))
                out += QStringLiteral("\\b");
            else if (!extended && QStringLiteral("(){}|+?").contains(n))
                out += n;
            else
                out += QLatin1Char('\\') + QString(n);
            continue;
        }
        if (!extended && QStringLiteral("(){}|+?").contains(c)) {
            out += QLatin1Char('\\') + QString(c);
            continue;
        }
        out += c;
    }
    return out;
}

QRegularExpression posixRegex(const QString &re, bool extended, bool caseInsensitive)
{
    QRegularExpression::PatternOptions o = QRegularExpression::NoPatternOption;
    if (caseInsensitive)
        o |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(posixToPcre(re, extended), o);
}

namespace {

struct Input
{
    QString name;
    QByteArray data;
};

bool readInputs(Ctx &ctx, const QStringList &files, QList<Input> *inputs, bool quietErrors)
{
    bool ok = true;
    if (files.isEmpty()) {
        inputs->append({QStringLiteral("(standard input)"), ctx.readAllStdin()});
        return true;
    }
    for (const QString &f : files) {
        if (f == QLatin1String("-")) {
            inputs->append({QStringLiteral("(standard input)"), ctx.readAllStdin()});
            continue;
        }
        QByteArray d;
        QString error;
        if (!ctx.readFile(f, &d, &error)) {
            if (!quietErrors)
                ctx.sayErr(QStringLiteral("%1: %2: %3\n").arg(ctx.tool, f, error));
            ok = false;
            continue;
        }
        inputs->append({f, d});
    }
    return ok;
}

QStringList lines(const QByteArray &data)
{
    QStringList l = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

} // namespace

int toolGrep(Ctx &ctx)
{
    QStringList patterns, files;
    QSet<QChar> f;
    int maxCount = -1;
    const QString known = QStringLiteral("qEFxcvinwlsHhoG");
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == QLatin1String("-e") || a == QLatin1String("-m")) {
            if (i + 1 >= ctx.args.size())
                return ctx.fail(
                    QStringLiteral("grep: option requires an argument -- '%1'").arg(a[1]), 2);
            if (a == QLatin1String("-e"))
                patterns << ctx.args[++i];
            else
                maxCount = ctx.args[++i].toInt();
            continue;
        }
        if (a == QLatin1String("--quiet") || a == QLatin1String("--silent")) {
            f.insert(QLatin1Char('q'));
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            return ctx.fail(
                QStringLiteral("grep: unrecognized option '%1'\nUsage: grep [OPTION]... "
                               "PATTERNS [FILE]...")
                    .arg(a),
                2);
        if (a.size() > 1 && a.startsWith(QLatin1Char('-'))) {
            for (int k = 1; k < a.size(); ++k) {
                if (a[k] == QLatin1Char('e') && k == a.size() - 1 && i + 1 < ctx.args.size()) {
                    patterns << ctx.args[++i];
                    break;
                }
                if (!known.contains(a[k]))
                    return ctx.fail(QStringLiteral("grep: invalid option -- '%1'\nUsage: grep "
                                                   "[OPTION]... PATTERNS [FILE]...")
                                        .arg(a[k]),
                                    2);
                f.insert(a[k]);
            }
            continue;
        }
        files << a;
    }
    if (patterns.isEmpty() && !files.isEmpty())
        patterns << files.takeFirst();
    if (patterns.isEmpty())
        return ctx.fail(QStringLiteral("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep "
                                       "--help' for more information."),
                        2);
    QStringList split;
    for (const QString &p : patterns)
        split += p.split(QLatin1Char('\n'));
    QList<QRegularExpression> res;
    for (QString p : split) {
        if (f.contains(QLatin1Char('F')))
            p = QRegularExpression::escape(p);
        else
            p = posixToPcre(p, f.contains(QLatin1Char('E')));
        if (f.contains(QLatin1Char('w')))
            p = QStringLiteral("(?<![\\w])(?:") + p + QStringLiteral(")(?![\\w])");
        if (f.contains(QLatin1Char('x')))
            p = QStringLiteral("^(?:") + p + QStringLiteral(")$");
        QRegularExpression re(p, f.contains(QLatin1Char('i'))
                                     ? QRegularExpression::CaseInsensitiveOption
                                     : QRegularExpression::NoPatternOption);
        if (!re.isValid())
            return ctx.fail(QStringLiteral("grep: Invalid regular expression"), 2);
        res << re;
    }
    QList<Input> inputs;
    const bool readOk = readInputs(ctx, files, &inputs, f.contains(QLatin1Char('s')));
    const bool prefix =
        (files.size() > 1 || f.contains(QLatin1Char('H'))) && !f.contains(QLatin1Char('h'));
    bool any = false;
    for (const Input &in : inputs) {
        int count = 0;
        const QStringList ls = lines(in.data);
        for (int n = 0; n < ls.size(); ++n) {
            if (maxCount >= 0 && count >= maxCount)
                break;
            bool m = false;
            QStringList parts;
            for (const QRegularExpression &re : res) {
                if (f.contains(QLatin1Char('o'))) {
                    auto it = re.globalMatch(ls[n]);
                    while (it.hasNext()) {
                        const QString s = it.next().captured(0);
                        if (!s.isEmpty()) {
                            parts << s;
                            m = true;
                        }
                    }
                } else if (re.match(ls[n]).hasMatch()) {
                    m = true;
                }
            }
            if (m == f.contains(QLatin1Char('v')))
                continue;
            ++count;
            any = true;
            if (f.contains(QLatin1Char('q')))
                return 0;
            if (f.contains(QLatin1Char('c')) || f.contains(QLatin1Char('l')))
                continue;
            const QString pre =
                (prefix ? in.name + QLatin1Char(':') : QString()) +
                (f.contains(QLatin1Char('n')) ? QString::number(n + 1) + QLatin1Char(':')
                                              : QString());
            if (f.contains(QLatin1Char('o')) && !f.contains(QLatin1Char('v')))
                for (const QString &s : parts)
                    ctx.say(pre + s + QLatin1Char('\n'));
            else
                ctx.say(pre + ls[n] + QLatin1Char('\n'));
        }
        if (f.contains(QLatin1Char('c')))
            ctx.say((prefix ? in.name + QLatin1Char(':') : QString()) + QString::number(count) +
                    QLatin1Char('\n'));
        else if (f.contains(QLatin1Char('l')) && count > 0)
            ctx.say(in.name + QLatin1Char('\n'));
    }
    if (!readOk)
        return 2;
    return any ? 0 : 1;
}

namespace {

int headTail(Ctx &ctx, bool head)
{
    int n = 10;
    bool fromStart = false; // tail -n +N
    QStringList files;
    for (int i = 0; i < ctx.args.size(); ++i) {
        QString a = ctx.args[i];
        if (a == QLatin1String("-n") && i + 1 < ctx.args.size())
            a = ctx.args[++i];
        else if (a.startsWith(QLatin1String("-n")))
            a = a.mid(2);
        else if (a.size() > 1 && a.startsWith(QLatin1Char('-')) && a[1].isDigit())
            a = a.mid(1);
        else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-"))
            return ctx.fail(
                QStringLiteral("%1: invalid option -- '%2'").arg(ctx.tool, a.mid(1, 1)));
        else {
            files << a;
            continue;
        }
        fromStart = a.startsWith(QLatin1Char('+'));
        bool ok = false;
        n = a.toInt(&ok);
        if (!ok)
            return ctx.fail(QStringLiteral("%1: invalid number of lines: '%2'").arg(ctx.tool, a));
        n = qAbs(n);
    }
    QList<Input> inputs;
    const bool ok = readInputs(ctx, files, &inputs, false);
    for (const Input &in : inputs) {
        if (inputs.size() > 1)
            ctx.say(QStringLiteral("==> %1 <==\n").arg(in.name));
        const QStringList ls = lines(in.data);
        QStringList sel;
        if (head)
            sel = ls.mid(0, n);
        else if (fromStart)
            sel = ls.mid(qMax(0, n - 1));
        else
            sel = ls.mid(qMax(qsizetype(0), ls.size() - n));
        for (const QString &l : sel)
            ctx.say(l + QLatin1Char('\n'));
    }
    return ok ? 0 : 1;
}

} // namespace

int toolHead(Ctx &ctx)
{
    return headTail(ctx, true);
}
int toolTail(Ctx &ctx)
{
    return headTail(ctx, false);
}

int toolWc(Ctx &ctx)
{
    QSet<QChar> f;
    QStringList files;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("lwcm"), &f, &files);
        !bad.isNull())
        return ctx.fail(QStringLiteral("wc: invalid option -- '%1'").arg(bad));
    if (f.isEmpty())
        f = {QLatin1Char('l'), QLatin1Char('w'), QLatin1Char('c')};
    QList<Input> inputs;
    const bool ok = readInputs(ctx, files, &inputs, false);
    for (const Input &in : inputs) {
        QStringList cols;
        if (f.contains(QLatin1Char('l')))
            cols << QString::number(in.data.count('\n'));
        if (f.contains(QLatin1Char('w')))
            cols << QString::number(
                QString::fromUtf8(in.data)
                    .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                    .size());
        if (f.contains(QLatin1Char('c')) || f.contains(QLatin1Char('m')))
            cols << QString::number(in.data.size());
        QString line = cols.join(QLatin1Char(' '));
        if (!files.isEmpty())
            line += QLatin1Char(' ') + in.name;
        ctx.say(line + QLatin1Char('\n'));
    }
    return ok ? 0 : 1;
}

} // namespace pveha::sim
