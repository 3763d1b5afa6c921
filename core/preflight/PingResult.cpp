// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/PingResult.h"

#include "spec/Validators.h"

#include <QRegularExpression>

namespace pveha {

QString PingResult::command(int mtu, const QString &peer, int count)
{
    // -i 0.2 keeps the mesh quick (0.2 s is the smallest interval a non-root user may ask);
    // -W 1 bounds the wait for a silent path.
    return QStringLiteral("ping -M do -s %1 -c %2 -i 0.2 -W 1 %3")
        .arg(mtu - 28)
        .arg(count)
        .arg(validators::shellQuote(peer));
}

PingResult PingResult::parse(const QString &output, int exitCode)
{
    PingResult r;
    static const QRegularExpression stats(QStringLiteral(
        "(\\d+) packets transmitted, (\\d+) (?:packets )?received(?:, \\+(\\d+) errors)?"));
    static const QRegularExpression localError(
        QStringLiteral("local error: message too long, mtu=(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fragNeeded(
        QStringLiteral("frag(?:mentation)? needed and DF set \\(mtu = (\\d+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression unreachable(
        QStringLiteral("(Destination (?:Host|Net) Unreachable|Network is unreachable)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rtt(QStringLiteral("= [\\d.]+/([\\d.]+)/[\\d.]+/[\\d.]+ ms"));

    const QRegularExpressionMatch s = stats.match(output);
    if (s.hasMatch()) {
        r.transmitted = s.captured(1).toInt();
        r.received = s.captured(2).toInt();
        r.errors = s.captured(3).toInt();
    }
    if (const auto m = rtt.match(output); m.hasMatch())
        r.averageRttMs = m.captured(1).toDouble();
    if (const auto m = localError.match(output); m.hasMatch()) {
        r.outcome = Outcome::LocalMtuTooSmall;
        r.reportedMtu = m.captured(1).toInt();
        return r;
    }
    if (const auto m = fragNeeded.match(output); m.hasMatch()) {
        r.outcome = Outcome::FragmentationNeeded;
        r.reportedMtu = m.captured(1).toInt();
        return r;
    }
    if (unreachable.match(output).hasMatch() && r.received == 0) {
        r.outcome = Outcome::Unreachable;
        return r;
    }
    if (!s.hasMatch() || r.transmitted == 0) {
        r.outcome = Outcome::NotUnderstood;
        return r;
    }
    if (r.received == r.transmitted && exitCode == 0)
        r.outcome = Outcome::Passed;
    else if (r.received > 0)
        r.outcome = Outcome::PartialLoss;
    else
        r.outcome = Outcome::SilentLoss;
    return r;
}

} // namespace pveha
