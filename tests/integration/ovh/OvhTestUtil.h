// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeOvhServer.h"

#include "ovh/EdgeNodeSync.h"
#include "ovh/OvhClient.h"
#include "spec/ClusterSpec.h"

#include <memory>

// Shared by the ovh integration tests: a fake API holding the example cluster's three blocks,
// the example spec pointed at it, and bounds small enough for a test.
namespace ovhtest {

inline std::unique_ptr<FakeOvhServer> startServer()
{
    auto server = std::make_unique<FakeOvhServer>();
    if (!server->start())
        qFatal("cannot listen on 127.0.0.1");
    server->ownedBlocks = {QStringLiteral("203.0.113.11/32"), QStringLiteral("203.0.113.12/32"),
                           QStringLiteral("203.0.113.13/32")};
    // The server's clock is an hour behind ours: only a client that signs with server time
    // gets in.
    server->setClockSkew(-3600);
    return server;
}

inline pveha::ClusterSpec spec(const FakeOvhServer &server)
{
    pveha::ClusterSpec s = pveha::ClusterSpec::example();
    s.firewall.apiEndpoint = server.baseUrl();
    return s;
}

inline pveha::OvhCredentials credentials()
{
    return {QLatin1String(FakeOvhServer::applicationKey),
            QLatin1String(FakeOvhServer::applicationSecret),
            QLatin1String(FakeOvhServer::consumerKey)};
}

inline pveha::OvhRetryPolicy fastPolicy()
{
    pveha::OvhRetryPolicy p;
    p.maxAttempts = 4;
    p.backoffMs = 20;
    p.maxRetryAfterSeconds = 5;
    p.timeoutMs = 2000;
    return p;
}

inline pveha::EdgeSyncOptions fastOptions(bool apply)
{
    pveha::EdgeSyncOptions o;
    o.apply = apply;
    o.pollIntervalMs = 10;
    o.maxPolls = 20;
    return o;
}

} // namespace ovhtest
