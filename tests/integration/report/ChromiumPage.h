// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens a local HTML file in Debian's headless Chromium, driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: the browser reads commands on fd 3 and writes on fd 4, one
// JSON message per NUL), and records every request the page makes and every console error,
// exception or browser log error. Nothing can leave the machine: every host name resolves to
// nothing and every connection goes through a proxy on 127.0.0.1:9 (the discard port).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pveha::test {

struct PageVisit
{
    QString error;             ///< why the visit could not be made (empty when it was)
    bool loaded = false;       ///< Page.loadEventFired came
    QStringList requests;      ///< every URL the page asked for, the file itself included
    QStringList outside;       ///< those that are not the file
    QStringList consoleErrors; ///< console.error/assert, exceptions, Log entries of level error
    int pdfPages = 0;          ///< pages of Page.printToPDF (A4), when asked
    QStringList screenshots;   ///< PNG files written
};

struct VisitOptions
{
    int width = 1280;
    int tileHeight = 2000;  ///< screenshots are cut in tiles of this height, one PNG each
    QString screenshotStem; ///< "/tmp/shots-report/report-en" → …-1.png, …-2.png; empty: none
    int maxTiles = 8;
    QString printScreenshot; ///< PNG of the first tile under print media; empty: none
    QString pdfFile;         ///< Page.printToPDF written here; empty: no PDF
    int timeoutMs = 60000;
};

class ChromiumPage
{
public:
    /// /usr/bin/chromium (or $PVEHA_CHROMIUM), empty when absent.
    [[nodiscard]] static QString executable();
    [[nodiscard]] static PageVisit visit(const QString &htmlFile, const VisitOptions &options);
};

} // namespace pveha::test
