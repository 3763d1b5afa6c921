// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"
#include "widgets/StatusLook.h"

#include <QCoreApplication>

class QChart;
class QWidget;

namespace pveha {

/// Small helpers the health pages share, so a level, a size and a chart look the same on every
/// part of both pages.
class HealthLook
{
    Q_DECLARE_TR_FUNCTIONS(pveha::HealthLook)
public:
    /// ok = tick, warn = triangle, error = cross (UX.md: one look everywhere).
    static StatusLook::Status status(HealthLevel level);
    /// "1.2 TiB": binary units, as Ceph and Proxmox print them.
    static QString bytes(qint64 bytes);
    /// Transparent background, the palette's text colour, readable fonts: a chart that sits in
    /// the page rather than on a white card, in light and dark themes.
    static void styleChart(QChart *chart, const QWidget *page);
    /// A pixmap of a status icon at the size of the text around it.
    static int iconSize(const QWidget *widget);
};

} // namespace pveha
