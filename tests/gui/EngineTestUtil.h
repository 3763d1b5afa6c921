// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the tests of the pages that drive the engine (Validation, Plan, Deploy): a demo
// wizard on simulated nodes, walked to a page the way the admin walks it.
#pragma once

#include "GuiTestUtil.h"
#include "InstallerWizard.h"
#include "PageId.h"
#include "SpecModel.h"
#include "demo/DemoEnvironment.h"
#include "engine/EngineRunner.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace guitest {

/// The simulator program behind the demo's shims. The test executable is not the simulator
/// (pve-ha-installer is, when called by a tool's name): the shims must point at pve-nodesim.
/// The journal and logs of real (non-demo) runs go to a throw-away state directory.
inline void initEngineTests(QTemporaryDir &state)
{
    pveha::DemoEnvironment::setSimulatorProgram(QStringLiteral(PVEHA_NODESIM_PROGRAM));
    qputenv("XDG_STATE_HOME", state.path().toLocal8Bit());
}

/// A shown demo wizard (fresh simulated cluster), 1280×800 as UX.md wants it to work at.
inline std::unique_ptr<pveha::InstallerWizard> demoWizard()
{
    auto wizard = std::make_unique<pveha::InstallerWizard>();
    wizard->resize(1280, 800);
    wizard->startDemo();
    wizard->show();
    return wizard;
}

/// Next until `id` is shown; the pages on the way must let the admin through.
inline void walkTo(pveha::InstallerWizard &wizard, int id)
{
    while (wizard.currentId() < id) {
        const int before = wizard.currentId();
        QVERIFY2(nextEnabled(wizard),
                 qPrintable(QStringLiteral("Next is disabled on page %1").arg(before)));
        wizard.next();
        QTRY_VERIFY(wizard.currentId() != before);
    }
    QCOMPARE(wizard.currentId(), id);
}

/// Validation: wait for the preflight to end (the simulated nodes answer in seconds).
template<class Page>
inline void waitForChecks(Page *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 90000);
}

} // namespace guitest
