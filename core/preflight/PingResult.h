// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pveha {

/// What a don't-fragment ping (`ping -M do -s SIZE -c N -W T PEER`) says about the path MTU.
/// The three failures need different fixes, so they are told apart (FACTS.md, Network).
struct PingResult
{
    enum class Outcome {
        Passed,              //!< every probe came back at full size
        PartialLoss,         //!< some came back: the size passes, the link is lossy
        LocalMtuTooSmall,    //!< "local error: message too long, mtu=N": this node's own MTU
        FragmentationNeeded, //!< "Frag needed and DF set (mtu = N)": a router on the way
        SilentLoss, //!< nothing came back and nothing said why: a switch drops jumbo frames, or the
                    //!< peer is down
        Unreachable,   //!< "Destination Host Unreachable" / "Network is unreachable"
        NotUnderstood, //!< the output is not ping's
    };
    Outcome outcome = Outcome::NotUnderstood;
    int transmitted = 0;
    int received = 0;
    int errors = 0;
    int reportedMtu = 0; //!< the MTU a local error or a router reported
    double averageRttMs = 0;

    [[nodiscard]] bool passed() const
    {
        return outcome == Outcome::Passed || outcome == Outcome::PartialLoss;
    }
    [[nodiscard]] static PingResult parse(const QString &output, int exitCode);
    /// The command CLI.md prescribes, for `mtu` on the path: payload = mtu − 28 (IP + ICMP
    /// headers).
    [[nodiscard]] static QString command(int mtu, const QString &peer, int count = 3);
};

} // namespace pveha
