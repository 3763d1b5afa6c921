// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logview: feeds the Deploy page's log widget (DeployLog: "All nodes" + one tab per
// node) from a worker thread at a paced rate, through the GuiQueue the EngineRunner uses, and
// measures what the admin would feel: the lines per second the view sustains and the longest
// gap of a 1 ms timer on the GUI thread (how long the window stops answering).
//
//   bench_logview [seconds-per-rate] [rates in lines/s …]   (default: 3 s; 1000 … 100000)
//   A rate of 0 means "as fast as the producer can".
#include "engine/EngineEvent.h"
#include "engine/GuiQueue.h"
#include "pages/DeployLog.h"
#include "widgets/LogView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSyntaxHighlighter>
#include <QTextDocument>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace pveha;

namespace {

struct Row
{
    int rate = 0;
    qint64 lines = 0;
    double seconds = 0;
    double maxGapMs = 0;
    double p99GapMs = 0;
    int stalls = 0; ///< gaps over 50 ms
    qsizetype largestBatch = 0;
    qint64 skipped = 0; ///< lines the "All nodes" view left out (too fast to read)
};

Row measure(DeployLog &log, int rate, double seconds)
{
    log.clearLogs();
    QApplication::processEvents();
    GuiQueue queue;
    const QStringList nodes{QStringLiteral("node-01"), QStringLiteral("node-02"),
                            QStringLiteral("node-03")};
    const qint64 total = rate > 0 ? qint64(rate * seconds) : 300000;
    std::atomic_bool producing{true};

    std::vector<double> gaps;
    gaps.reserve(100000);
    QElapsedTimer gapClock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(double(gapClock.nsecsElapsed()) / 1e6);
        gapClock.restart();
    });

    QElapsedTimer wall;
    wall.start();
    gapClock.start();
    tick.start();
    std::thread producer([&] {
        // The engine's sink posts one event per output line; so does this.
        const QString text = QStringLiteral(
            "Setting up ceph-osd (18.2.4-pve3) … update-alternatives: using /usr/bin/ceph-osd "
            "to provide ceph-osd (ceph-osd) in auto mode");
        QElapsedTimer clock;
        clock.start();
        for (qint64 i = 0; i < total; ++i) {
            if (rate > 0) {
                const qint64 due = i * 1000000000LL / rate;
                const qint64 now = clock.nsecsElapsed();
                if (due > now)
                    std::this_thread::sleep_for(std::chrono::nanoseconds(due - now));
            }
            EngineEvent e;
            e.type = EngineEvent::Type::Output;
            e.time = QDateTime::currentDateTime();
            e.node = nodes.at(int(i % 3));
            e.step = QStringLiteral("ceph.install");
            e.text = text + QString::number(i);
            queue.post([&log, e] { log.addEvent(e); });
        }
        producing = false;
    });
    while (producing || log.allView()->totalLines() < total || log.allView()->pendingLines() > 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    producer.join();
    tick.stop();

    Row row;
    row.rate = rate;
    row.lines = total;
    row.seconds = elapsed;
    if (!gaps.empty()) {
        std::sort(gaps.begin(), gaps.end());
        row.maxGapMs = gaps.back();
        row.p99GapMs = gaps.at(size_t(double(gaps.size() - 1) * 0.99));
        row.stalls = int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; }));
    }
    row.largestBatch = queue.largestBatch();
    row.skipped = log.allView()->skippedLines();
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments().mid(1);
    // --plain: without the log highlighter, to see what the colours cost.
    const bool plain = args.removeAll(QStringLiteral("--plain")) > 0;
    const double seconds = args.isEmpty() ? 3.0 : args.first().toDouble();
    QList<int> rates;
    for (const QString &arg : args.mid(1))
        rates << arg.toInt();
    if (rates.isEmpty())
        rates = {1000, 5000, 10000, 20000, 50000, 100000, 0};

    DeployLog log;
    log.setNodes({QStringLiteral("node-01"), QStringLiteral("node-02"), QStringLiteral("node-03")});
    log.resize(900, 500);
    if (plain)
        for (auto *view : log.findChildren<LogView *>())
            qDeleteAll(view->document()->findChildren<QSyntaxHighlighter *>());
    log.show();
    QApplication::processEvents();

    QTextStream out(stdout);
    out << "bench_logview: DeployLog (All nodes + 3 node tabs, max "
        << LogView::kDefaultMaximumLines << " lines each, " << LogView::kFlushIntervalMs
        << " ms batches), platform " << QGuiApplication::platformName() << ", " << seconds
        << " s per rate\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("offered/s"), 10)
               .arg(QStringLiteral("lines"), 8)
               .arg(QStringLiteral("sustained/s"), 12)
               .arg(QStringLiteral("max stall ms"), 13)
               .arg(QStringLiteral("p99 gap ms"), 11)
               .arg(QStringLiteral("gaps>50ms"), 10)
               .arg(QStringLiteral("max batch"), 10)
               .arg(QStringLiteral("shown/s"), 9);
    for (const int rate : rates) {
        const Row r = measure(log, rate, seconds);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(rate > 0 ? QString::number(rate) : QStringLiteral("max"), 10)
                   .arg(r.lines, 8)
                   .arg(double(r.lines) / r.seconds, 12, 'f', 0)
                   .arg(r.maxGapMs, 13, 'f', 1)
                   .arg(r.p99GapMs, 11, 'f', 2)
                   .arg(r.stalls, 10)
                   .arg(r.largestBatch, 10)
                   .arg(double(r.lines - r.skipped) / r.seconds, 9, 'f', 0);
        out.flush();
    }
    return 0;
}
