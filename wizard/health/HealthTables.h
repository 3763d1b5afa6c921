// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pveha {

class WrapLabel;

/// HA and storage as tables: the HA services (where each guest runs and in which state), each
/// node's local resource manager (a dead one is what fencing follows), and `pvesm status` of
/// every node (procedure §8.1).
class HealthTables : public QWidget
{
    Q_OBJECT
public:
    explicit HealthTables(QWidget *parent = nullptr);

    void setSnapshot(const HealthSnapshot &snapshot);

    QTableWidget *servicesTable() const { return m_services; }
    QTableWidget *lrmTable() const { return m_lrms; }
    QTableWidget *storagesTable() const { return m_storages; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    WrapLabel *m_quorum = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QLabel *m_lrmTitle = nullptr;
    QLabel *m_storagesTitle = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_lrms = nullptr;
    QTableWidget *m_storages = nullptr;
    HealthSnapshot m_snapshot;
};

} // namespace pveha
