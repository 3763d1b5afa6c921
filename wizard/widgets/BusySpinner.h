// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace pveha {

/// The "running" spinner of StatusLook in a label: start() turns it, stop() clears it.
/// advanced() lets a page turn the spinners of its own rows in step.
class BusySpinner : public QLabel
{
    Q_OBJECT
public:
    explicit BusySpinner(QWidget *parent = nullptr);

    void start();
    void stop();
    bool isSpinning() const;
    int frame() const { return m_frame; }

Q_SIGNALS:
    void advanced(int frame);

private:
    void advance();

    QTimer *m_timer = nullptr;
    int m_frame = 0;
};

} // namespace pveha
