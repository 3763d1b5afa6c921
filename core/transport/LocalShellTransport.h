// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace pveha {

/// Runs each command as `/bin/sh -c SCRIPT` on this machine, with a given environment and
/// working directory: the transport of `--demo` and of fast tests, where the node simulator's
/// shims come first on PATH and NODESIM_* variables pick the simulated node. Same streaming,
/// stdin, timeout and cancel semantics as SshTransport; it never fails to "connect".
class LocalShellTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(pveha::LocalShellTransport)
public:
    explicit LocalShellTransport(
        QString nodeName,
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
        QString workingDirectory = {});

    ConnectResult connect(const std::atomic_bool *cancel = nullptr) override;
    void disconnect() override {}
    bool isConnected() const override { return true; }
    CommandResult run(const CommandRequest &request, const OutputSink &sink = {},
                      const std::atomic_bool *cancel = nullptr) override;
    QString describe() const override;

    /// How long a stopped command gets between SIGTERM and SIGKILL.
    static constexpr int kTermGraceMs = 500;

private:
    QString m_nodeName;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
};

} // namespace pveha
