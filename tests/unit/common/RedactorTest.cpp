// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Redactor.h"
#include "common/Paths.h"

#include <QDir>
#include <QTest>

using namespace pveha;

class RedactorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactsEverySecret()
    {
        Redactor &r = Redactor::instance();
        r.clear();
        r.addSecret(QStringLiteral("s3cr3t-pass"));
        r.addSecret(QStringLiteral("abc")); // too short to be a reliable secret: ignored
        const QString out = r.redact(QStringLiteral("login s3cr3t-pass then s3cr3t-pass abc"));
        QVERIFY(!out.contains(QStringLiteral("s3cr3t-pass")));
        QCOMPARE(out.count(Redactor::mask()), 2);
        QVERIFY(out.endsWith(QStringLiteral(" abc")));
        r.clear();
        QCOMPARE(r.redact(QStringLiteral("s3cr3t-pass")), QStringLiteral("s3cr3t-pass"));
    }
    void stateDirectoryFollowsXdg()
    {
        qputenv("XDG_STATE_HOME", "/tmp/xdg-state-test");
        QCOMPARE(Paths::stateDirectory(), QStringLiteral("/tmp/xdg-state-test/pve-ha-installer"));
        QCOMPARE(Paths::logDirectory(),
                 QStringLiteral("/tmp/xdg-state-test/pve-ha-installer/logs"));
        qputenv("XDG_STATE_HOME", "relative/ignored");
        QCOMPARE(Paths::stateDirectory(),
                 QDir::homePath() + QStringLiteral("/.local/state/pve-ha-installer"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(Paths::expandHome(QStringLiteral("~/.ssh/id")),
                 QDir::homePath() + QStringLiteral("/.ssh/id"));
        QCOMPARE(Paths::expandHome(QStringLiteral("/abs/~")), QStringLiteral("/abs/~"));
    }
};

QTEST_GUILESS_MAIN(RedactorTest)
#include "RedactorTest.moc"
