// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH layer's questions asked from a worker thread and answered on the GUI thread: the
// host key is trusted only by the explicit button, a refusal or a stop answers "no", and
// several questions come one after the other.
#include "engine/PromptBridge.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <future>
#include <thread>

using namespace pveha;

namespace {

HostKeyQuestion question(const QString &node)
{
    HostKeyQuestion q;
    q.node = node;
    q.host = QStringLiteral("203.0.113.11");
    q.keyType = QStringLiteral("ssh-ed25519");
    q.sha256Fingerprint = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
    q.knownHostsFile = QStringLiteral("/tmp/known_hosts");
    return q;
}

QMessageBox *openBox(QWidget &parent)
{
    QMessageBox *box = nullptr;
    [&] {
        QTRY_VERIFY((box = parent.findChild<QMessageBox *>(QStringLiteral("hostKeyDialog"))) &&
                    box->isVisible());
    }();
    return box;
}

} // namespace

class PromptBridgeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostKeyTrustedOnlyByItsButton_data()
    {
        QTest::addColumn<bool>("trust");
        QTest::newRow("trust") << true;
        QTest::newRow("refuse") << false;
    }
    void hostKeyTrustedOnlyByItsButton()
    {
        QFETCH(bool, trust);
        QWidget parent;
        parent.show();
        std::atomic_bool cancel{false};
        PromptBridge bridge(&cancel);
        bridge.setDialogParent(&parent);
        auto answer = std::async(std::launch::async, [&] {
            return bridge.askHostKey(question(QStringLiteral("node-01")));
        });
        QMessageBox *box = openBox(parent);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(question({}).sha256Fingerprint));
        QVERIFY(box->text().contains(QStringLiteral("node-01")));
        // Refuse is the default: Enter never trusts a key.
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("Refuse"));
        if (trust)
            box->findChild<QPushButton *>(QStringLiteral("trustHostKey"))->click();
        else
            box->defaultButton()->click();
        QTRY_VERIFY(answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(answer.get(), trust);
    }

    void stopAnswersNoWhileTheDialogIsOpen()
    {
        QWidget parent;
        parent.show();
        std::atomic_bool cancel{false};
        PromptBridge bridge(&cancel);
        bridge.setDialogParent(&parent);
        auto answer = std::async(std::launch::async, [&] {
            return bridge.askHostKey(question(QStringLiteral("node-02")));
        });
        QPointer<QMessageBox> box = openBox(parent);
        QVERIFY(box);
        cancel = true;
        QTRY_VERIFY(answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(answer.get(), false);
        QTRY_VERIFY(!box || !box->isVisible()); // the question went away with the run
    }

    void questionsComeOneAfterTheOther()
    {
        QWidget parent;
        parent.show();
        std::atomic_bool cancel{false};
        PromptBridge bridge(&cancel);
        bridge.setDialogParent(&parent);
        auto first = std::async(std::launch::async, [&] {
            return bridge.askHostKey(question(QStringLiteral("node-01")));
        });
        auto second = std::async(std::launch::async, [&] {
            return bridge.askHostKey(question(QStringLiteral("node-02")));
        });
        QMessageBox *box = openBox(parent);
        QVERIFY(box);
        QTest::qWait(100);
        QCOMPARE(parent.findChildren<QMessageBox *>().size(), 1);
        box->findChild<QPushButton *>(QStringLiteral("trustHostKey"))->click();
        QTRY_VERIFY(parent.findChildren<QMessageBox *>().size() == 1 &&
                    parent.findChild<QMessageBox *>() != box);
        parent.findChild<QMessageBox *>()
            ->findChild<QPushButton *>(QStringLiteral("trustHostKey"))
            ->click();
        QTRY_VERIFY(first.wait_for(std::chrono::seconds(0)) == std::future_status::ready &&
                    second.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QVERIFY(first.get());
        QVERIFY(second.get());
    }

    void passphraseStaysInTheAnswer()
    {
        QWidget parent;
        parent.show();
        std::atomic_bool cancel{false};
        PromptBridge bridge(&cancel);
        bridge.setDialogParent(&parent);
        SecretQuestion q;
        q.kind = SecretQuestion::Kind::KeyPassphrase;
        q.node = QStringLiteral("node-01");
        q.user = QStringLiteral("root");
        q.identityFile = QStringLiteral("~/.ssh/id_ed25519");
        auto answer = std::async(std::launch::async, [&] { return bridge.askSecret(q); });
        QLineEdit *field = nullptr;
        QTRY_VERIFY((field = parent.findChild<QLineEdit *>(QStringLiteral("secretField"))) &&
                    field->isVisible());
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, QStringLiteral("correct horse"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(answer.get().value_or(QString()), QStringLiteral("correct horse"));
    }
};

QTEST_MAIN(PromptBridgeTest)
#include "PromptBridgeTest.moc"
