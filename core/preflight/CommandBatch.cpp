// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/CommandBatch.h"

#include <QRandomGenerator>

#include <utility>

namespace pveha {
namespace {

QByteArray randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArrayLiteral("pveha.") +
           QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

/// Where to resume searching `buffer` for `marker` after a miss: the marker may have been cut
/// at the end of the last chunk.
qsizetype resumeAt(const QByteArray &buffer, const QByteArray &marker)
{
    return qMax<qsizetype>(0, buffer.size() - marker.size() + 1);
}

} // namespace

CommandBatch::CommandBatch(Mode mode, QStringList commands, int atOnce, QByteArray token)
    : m_mode(mode)
    , m_commands(std::move(commands))
    , m_atOnce(qMax(0, atOnce))
    , m_token(token.isEmpty() ? randomToken() : std::move(token))
{}

int CommandBatch::groupSize() const
{
    if (m_mode == Mode::Sequential)
        return 1;
    return m_atOnce > 0 ? qMin(m_atOnce, size()) : size();
}

bool CommandBatch::fits(const QString &command)
{
    const QString trimmed = command.trimmed();
    return !trimmed.isEmpty() && !trimmed.endsWith(QLatin1Char('\\')) &&
           !command.contains(QLatin1Char('\n')) && !command.contains(QLatin1Char('\r')) &&
           !command.contains(QLatin1Char('#'));
}

QString CommandBatch::script() const
{
    return m_mode == Mode::Sequential ? sequentialScript() : concurrentScript();
}

QString CommandBatch::sequentialScript() const
{
    //   exec 5>&2 2>/dev/null;
    //   ( COMMAND ) 2>&5 5>&-; printf 'TOKEN:K:%d\n' "$?"; printf 'TOKEN:K\n' >&5; …
    // Each command's stderr is the real one (fd 5). The batch shell's own stderr is /dev/null
    // once the line is parsed, so that it does not add "Terminated" when a command is killed,
    // which the command's own shell would not have said (it would have been the command).
    // Concatenated rather than QString::arg'ed: a command may hold "%1".
    const QString token = QString::fromLatin1(m_token);
    QStringList parts{QStringLiteral("exec 5>&2 2>/dev/null")};
    for (int k = 0; k < m_commands.size(); ++k) {
        const QString marker = token + QLatin1Char(':') + QString::number(k);
        parts << QLatin1String("( ") + m_commands.at(k) + QLatin1String(" ) 2>&5 5>&-; printf '") +
                     marker + QLatin1String(":%d\\n' \"$?\"; printf '") + marker +
                     QLatin1String("\\n' >&5");
    }
    return parts.join(QLatin1String("; "));
}

QString CommandBatch::concurrentScript() const
{
    // Stage K, with the command's stdout going to the outer capture (fd 3) and its stderr to
    // the inner one; the trailing "x" keeps the trailing newlines a capture would strip:
    //   { A=$( { E=$( ( COMMAND ) 2>&1 1>&3 3>&- 4>&- </dev/null; r=$?; printf x; exit "$r" );
    //            printf 'TOKEN:R%d:%s' "$?" "$E"; } 3>&1 );
    //     read -r z; printf '%s\n' "TOKEN:K<$A>TOKEN:K" >&4; }
    // `read` returns at the end of file, once the stage before has printed its block and ended.
    // The shell's own stderr is /dev/null, as in a sequential batch.
    const QString token = QString::fromLatin1(m_token);
    QStringList stages;
    for (int k = 0; k < m_commands.size(); ++k) {
        const QString marker = token + QLatin1Char(':') + QString::number(k);
        QString stage = QLatin1String("{ A=$( { E=$( ( ") + m_commands.at(k) +
                        QLatin1String(" ) 2>&1 1>&3 3>&- 4>&- </dev/null; r=$?; printf x; exit "
                                      "\"$r\" ); printf '") +
                        token +
                        QLatin1String(":R%d:%s' \"$?\" \"$E\"; } 3>&1 ); read -r z; "
                                      "printf '%s\\n' \"") +
                        marker + QLatin1String("<$A>") + marker + QLatin1String("\" >&4; }");
        stages << stage;
    }
    // One pipeline per group, the groups one after the other.
    QStringList groups;
    for (qsizetype first = 0; first < stages.size(); first += groupSize()) {
        QStringList group = stages.mid(first, groupSize());
        group.first() += QLatin1String(" </dev/null");
        groups << QLatin1String("{ ") + group.join(QLatin1String(" | ")) +
                      QLatin1String("; } 4>&1");
    }
    return QLatin1String("exec 2>/dev/null; ") + groups.join(QLatin1String("; "));
}

QList<CommandBatch::Part> CommandBatch::feed(OutputStream stream, const QByteArray &chunk)
{
    (stream == OutputStream::Stderr ? m_err : m_out).append(chunk);
    return m_mode == Mode::Sequential ? takeSequential() : takeConcurrent();
}

QList<CommandBatch::Part> CommandBatch::takeSequential()
{
    QList<Part> done;
    while (m_completed < size()) {
        const QByteArray k = QByteArray::number(m_completed);
        if (!m_outDone) {
            const QByteArray marker = m_token + ':' + k + ':';
            const qsizetype at = m_out.indexOf(marker, m_outScan);
            const qsizetype end = at < 0 ? -1 : m_out.indexOf('\n', at + marker.size());
            m_outScan = at >= 0 ? at : resumeAt(m_out, marker);
            if (end >= 0) {
                bool ok = false;
                const int status =
                    m_out.mid(at + marker.size(), end - at - marker.size()).toInt(&ok);
                m_current.out = m_out.left(at);
                m_current.exitCode = ok ? status : -1;
                m_out.remove(0, end + 1);
                m_outScan = 0;
                m_outDone = true;
            }
        }
        if (!m_errDone) {
            const QByteArray marker = m_token + ':' + k + '\n';
            const qsizetype at = m_err.indexOf(marker, m_errScan);
            m_errScan = at >= 0 ? 0 : resumeAt(m_err, marker);
            if (at >= 0) {
                m_current.err = m_err.left(at);
                m_err.remove(0, at + marker.size());
                m_errDone = true;
            }
        }
        if (!m_outDone || !m_errDone)
            break;
        done << std::exchange(m_current, Part{});
        m_outDone = false;
        m_errDone = false;
        ++m_completed;
    }
    return done;
}

QList<CommandBatch::Part> CommandBatch::takeConcurrent()
{
    QList<Part> done;
    const QByteArray status = m_token + ":R";
    while (m_completed < size()) {
        const QByteArray marker = m_token + ':' + QByteArray::number(m_completed);
        const QByteArray open = marker + '<';
        const QByteArray close = '>' + marker + '\n';
        const qsizetype at = m_out.indexOf(open, m_outScan);
        const qsizetype end = at < 0 ? -1 : m_out.indexOf(close, at + open.size());
        m_outScan = at >= 0 ? at : resumeAt(m_out, open);
        if (end < 0)
            break;
        m_outScan = 0;
        const QByteArray block = m_out.mid(at + open.size(), end - at - open.size());
        m_out.remove(0, end + close.size());

        // STDOUT TOKEN:R STATUS : STDERR x
        Part part;
        const qsizetype s = block.indexOf(status);
        const qsizetype colon = s < 0 ? -1 : block.indexOf(':', s + status.size());
        if (colon < 0) {
            part.out = block; // not the shape we print: keep it all, status unknown
        } else {
            bool ok = false;
            const int code = block.mid(s + status.size(), colon - s - status.size()).toInt(&ok);
            part.out = block.left(s);
            part.exitCode = ok ? code : -1;
            part.err = block.mid(colon + 1);
            if (part.err.endsWith('x'))
                part.err.chop(1);
        }
        done << part;
        ++m_completed;
    }
    return done;
}

CommandBatch::Part CommandBatch::pending() const
{
    Part part;
    if (m_mode == Mode::Sequential) {
        part.out = m_outDone ? m_current.out : m_out;
        part.err = m_errDone ? m_current.err : m_err;
    } else {
        part.err = m_err; // the shell's own complaints, outside every block
    }
    return part;
}

} // namespace pveha
