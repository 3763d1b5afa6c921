// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QFrame>

class QLabel;
class QListWidget;

namespace pveha {

class WrapLabel;

/// The first thing the admin reads on the Health page: the overall verdict as an icon and a
/// word (OK / Warning / Problem), Ceph's own HEALTH_* word, and every reason as a sentence
/// followed by what to do about it.
class HealthBanner : public QFrame
{
    Q_OBJECT
public:
    explicit HealthBanner(QWidget *parent = nullptr);

    void setSnapshot(const HealthSnapshot &snapshot);
    /// Before the first gathering: says that the state is being read.
    void setWaiting();
    /// The word shown beside the icon (for tests).
    QString word() const;
    QStringList reasonTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_icon = nullptr;
    QLabel *m_word = nullptr;
    WrapLabel *m_summary = nullptr;
    QListWidget *m_reasons = nullptr;
    HealthSnapshot m_snapshot;
    bool m_have = false;
};

} // namespace pveha
