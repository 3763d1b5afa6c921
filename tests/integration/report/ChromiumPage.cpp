// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChromiumPage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>
#include <vector>

namespace pveha::test {
namespace {

/// One Chromium process and its DevTools pipe (one socket end on the browser's fds 3 and 4).
class Browser
{
public:
    explicit Browser(PageVisit &visit, QString fileUrl)
        : m_visit(visit)
        , m_fileUrl(std::move(fileUrl))
    {}
    ~Browser() { stop(); }
    Browser(const Browser &) = delete;
    Browser &operator=(const Browser &) = delete;

    bool start(const QString &exe, const QString &profile)
    {
        int sv[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
            return fail(QStringLiteral("socketpair failed"));
        const QStringList args{
            QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
            QStringLiteral("--no-default-browser-check"),
            QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--disable-default-apps"), QStringLiteral("--disable-extensions"),
            QStringLiteral("--disable-dev-shm-usage"), QStringLiteral("--disable-breakpad"),
            QStringLiteral("--mute-audio"), QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--user-data-dir=") + profile,
            // Nothing leaves the machine: no name resolves, every connection goes to a port
            // where nothing listens.
            QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
            QStringLiteral("--proxy-server=127.0.0.1:9"),
            QStringLiteral("--proxy-bypass-list=<-loopback>"),
            QStringLiteral("--remote-debugging-pipe"), QStringLiteral("about:blank")};
        std::vector<QByteArray> argBytes{exe.toLocal8Bit()};
        for (const QString &a : args)
            argBytes.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &a : argBytes)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), profile);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), profile + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), profile + QStringLiteral("/cache"));
        std::vector<QByteArray> envBytes;
        for (const QString &e : env.toStringList())
            envBytes.push_back(e.toLocal8Bit());
        std::vector<char *> envp;
        for (QByteArray &e : envBytes)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        const QByteArray logPath = (profile + QStringLiteral("/chromium.log")).toLocal8Bit();
        const int log = ::open(logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

        m_pid = ::fork();
        if (m_pid < 0)
            return fail(QStringLiteral("fork failed"));
        if (m_pid == 0) {
            ::setpgid(0, 0);
            const int mine = ::fcntl(sv[1], F_DUPFD, 10);
            ::dup2(mine, 3);
            ::dup2(mine, 4);
            const int null = ::open("/dev/null", O_RDONLY);
            ::dup2(null, 0);
            if (log >= 0) {
                ::dup2(log, 1);
                ::dup2(log, 2);
            }
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        ::close(sv[1]);
        if (log >= 0)
            ::close(log);
        m_fd = sv[0];
        return true;
    }

    /// Sends a command and waits for its answer; events that arrive meanwhile are recorded.
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {},
                                    const QString &session = {}, int timeoutMs = 20000)
    {
        const qint64 id = m_next++;
        QJsonObject message{{QStringLiteral("id"), id},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("params"), params}};
        if (!session.isEmpty())
            message.insert(QStringLiteral("sessionId"), session);
        const QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\0';
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                fail(QStringLiteral("the DevTools pipe closed while sending %1").arg(method));
                return std::nullopt;
            }
            sent += n;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QJsonObject m;
            if (!next(int(timeoutMs - timer.elapsed()), &m))
                break;
            if (m.value(QStringLiteral("id")).toInteger() != id)
                continue;
            if (m.contains(QStringLiteral("error"))) {
                fail(QStringLiteral("%1: %2").arg(
                    method,
                    QString::fromUtf8(QJsonDocument(m.value(QStringLiteral("error")).toObject())
                                          .toJson(QJsonDocument::Compact))));
                return std::nullopt;
            }
            return m.value(QStringLiteral("result")).toObject();
        }
        fail(QStringLiteral("no answer to %1 within %2 ms").arg(method).arg(timeoutMs));
        return std::nullopt;
    }

    bool waitForEvent(const QString &method, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QJsonObject m;
            if (!next(int(timeoutMs - timer.elapsed()), &m))
                return false;
            if (m.value(QStringLiteral("method")).toString() == method)
                return true;
        }
        return false;
    }

    /// Records what arrives during `ms` (late requests, console output after load).
    void drain(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject m;
        while (timer.elapsed() < ms && next(int(ms - timer.elapsed()), &m)) {
        }
    }

    void stop()
    {
        if (m_pid <= 0)
            return;
        if (m_fd >= 0) {
            (void)call(QStringLiteral("Browser.close"), {}, {}, 3000);
        }
        for (int i = 0; i < 50; ++i) {
            if (::waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
                m_pid = -1;
                break;
            }
            QThread::msleep(100);
        }
        if (m_pid > 0) {
            ::kill(-m_pid, SIGKILL); // the process group this test started, and only it
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    bool fail(const QString &why)
    {
        if (m_visit.error.isEmpty())
            m_visit.error = why;
        return false;
    }

private:
    bool next(int timeoutMs, QJsonObject *message)
    {
        for (;;) {
            const qsizetype nul = m_buffer.indexOf('\0');
            if (nul >= 0) {
                *message = QJsonDocument::fromJson(m_buffer.left(nul)).object();
                m_buffer.remove(0, nul + 1);
                if (message->contains(QStringLiteral("method")))
                    record(*message);
                return true;
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, qMax(0, timeoutMs)) <= 0)
                return false;
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return false;
            m_buffer.append(chunk, n);
        }
    }

    void record(const QJsonObject &event)
    {
        const QString method = event.value(QStringLiteral("method")).toString();
        const QJsonObject params = event.value(QStringLiteral("params")).toObject();
        if (method == QLatin1String("Network.requestWillBeSent")) {
            const QString url = params.value(QStringLiteral("request"))
                                    .toObject()
                                    .value(QStringLiteral("url"))
                                    .toString();
            m_visit.requests << url;
            if (QUrl(url) != QUrl(m_fileUrl))
                m_visit.outside << url;
        } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
            const QString type = params.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("error") || type == QLatin1String("assert")) {
                QStringList words;
                for (const QJsonValue &a : params.value(QStringLiteral("args")).toArray())
                    words << a.toObject().value(QStringLiteral("value")).toVariant().toString();
                m_visit.consoleErrors
                    << QStringLiteral("console.%1: %2").arg(type, words.join(QLatin1Char(' ')));
            }
        } else if (method == QLatin1String("Runtime.exceptionThrown")) {
            const QJsonObject d = params.value(QStringLiteral("exceptionDetails")).toObject();
            m_visit.consoleErrors << QStringLiteral("exception: %1 %2")
                                         .arg(d.value(QStringLiteral("text")).toString(),
                                              d.value(QStringLiteral("exception"))
                                                  .toObject()
                                                  .value(QStringLiteral("description"))
                                                  .toString());
        } else if (method == QLatin1String("Log.entryAdded")) {
            const QJsonObject e = params.value(QStringLiteral("entry")).toObject();
            if (e.value(QStringLiteral("level")).toString() == QLatin1String("error"))
                m_visit.consoleErrors << QStringLiteral("log: %1 %2")
                                             .arg(e.value(QStringLiteral("text")).toString(),
                                                  e.value(QStringLiteral("url")).toString());
        }
    }

    PageVisit &m_visit;
    QString m_fileUrl;
    pid_t m_pid = -1;
    int m_fd = -1;
    qint64 m_next = 1;
    QByteArray m_buffer;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

QString ChromiumPage::executable()
{
    const QString chosen =
        qEnvironmentVariable("PVEHA_CHROMIUM", QStringLiteral("/usr/bin/chromium"));
    return QFileInfo(chosen).isExecutable() ? chosen : QString();
}

PageVisit ChromiumPage::visit(const QString &htmlFile, const VisitOptions &o)
{
    PageVisit visit;
    const QString exe = executable();
    if (exe.isEmpty()) {
        visit.error = QStringLiteral("chromium is not installed");
        return visit;
    }
    QTemporaryDir profile; // a new, empty profile each time
    const QString fileUrl = QUrl::fromLocalFile(QFileInfo(htmlFile).absoluteFilePath()).toString();
    Browser b(visit, fileUrl);
    if (!b.start(exe, profile.path()))
        return visit;
    const auto target =
        b.call(QStringLiteral("Target.createTarget"),
               {{QStringLiteral("url"), QStringLiteral("about:blank")}}, {}, o.timeoutMs);
    if (!target)
        return visit;
    const auto attached =
        b.call(QStringLiteral("Target.attachToTarget"),
               {{QStringLiteral("targetId"), target->value(QStringLiteral("targetId"))},
                {QStringLiteral("flatten"), true}});
    if (!attached)
        return visit;
    const QString s = attached->value(QStringLiteral("sessionId")).toString();
    for (const char *domain : {"Network.enable", "Runtime.enable", "Log.enable", "Page.enable"})
        if (!b.call(QLatin1String(domain), {}, s))
            return visit;
    if (!b.call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                {{QStringLiteral("width"), o.width},
                 {QStringLiteral("height"), 900},
                 {QStringLiteral("deviceScaleFactor"), 1},
                 {QStringLiteral("mobile"), false}},
                s))
        return visit;
    if (!b.call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), fileUrl}}, s))
        return visit;
    visit.loaded = b.waitForEvent(QStringLiteral("Page.loadEventFired"), o.timeoutMs);
    b.drain(1000);
    if (!visit.loaded) {
        b.fail(QStringLiteral("the page did not load"));
        return visit;
    }

    const auto capture = [&](double y, double height) -> QByteArray {
        const auto shot =
            b.call(QStringLiteral("Page.captureScreenshot"),
                   {{QStringLiteral("format"), QStringLiteral("png")},
                    {QStringLiteral("captureBeyondViewport"), true},
                    {QStringLiteral("clip"), QJsonObject{{QStringLiteral("x"), 0},
                                                         {QStringLiteral("y"), y},
                                                         {QStringLiteral("width"), o.width},
                                                         {QStringLiteral("height"), height},
                                                         {QStringLiteral("scale"), 1}}}},
                   s, o.timeoutMs);
        return shot ? QByteArray::fromBase64(
                          shot->value(QStringLiteral("data")).toString().toLatin1())
                    : QByteArray();
    };
    const auto pageHeight = [&]() -> double {
        const auto metrics = b.call(QStringLiteral("Page.getLayoutMetrics"), {}, s);
        return metrics ? metrics->value(QStringLiteral("cssContentSize"))
                             .toObject()
                             .value(QStringLiteral("height"))
                             .toDouble()
                       : 0;
    };
    if (!o.screenshotStem.isEmpty()) {
        const double height = pageHeight();
        for (int tile = 0; tile < o.maxTiles && tile * o.tileHeight < height; ++tile) {
            const double y = tile * o.tileHeight;
            const QByteArray png = capture(y, qMin(double(o.tileHeight), height - y));
            const QString path = QStringLiteral("%1-%2.png").arg(o.screenshotStem).arg(tile + 1);
            if (png.isEmpty() || !writeFile(path, png)) {
                b.fail(QStringLiteral("screenshot %1 failed").arg(path));
                return visit;
            }
            visit.screenshots << path;
        }
    }
    if (!o.printScreenshot.isEmpty() || !o.pdfFile.isEmpty()) {
        if (!b.call(QStringLiteral("Emulation.setEmulatedMedia"),
                    {{QStringLiteral("media"), QStringLiteral("print")}}, s))
            return visit;
        if (!o.printScreenshot.isEmpty()) {
            const QByteArray png = capture(0, qMin(double(o.tileHeight), pageHeight()));
            if (png.isEmpty() || !writeFile(o.printScreenshot, png)) {
                b.fail(QStringLiteral("print screenshot failed"));
                return visit;
            }
            visit.screenshots << o.printScreenshot;
        }
        if (!o.pdfFile.isEmpty()) {
            const auto pdf = b.call(QStringLiteral("Page.printToPDF"),
                                    {{QStringLiteral("printBackground"), true},
                                     {QStringLiteral("preferCSSPageSize"), true}},
                                    s, o.timeoutMs);
            if (!pdf)
                return visit;
            const QByteArray bytes =
                QByteArray::fromBase64(pdf->value(QStringLiteral("data")).toString().toLatin1());
            if (!writeFile(o.pdfFile, bytes)) {
                b.fail(QStringLiteral("cannot write %1").arg(o.pdfFile));
                return visit;
            }
            static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
            visit.pdfPages = int(QString::fromLatin1(bytes).count(page));
        }
    }
    b.drain(300);
    b.stop();
    return visit;
}

} // namespace pveha::test
