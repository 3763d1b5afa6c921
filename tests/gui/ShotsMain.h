// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of the screenshot runs: they are a look, not a check, so without PVEHA_SHOTS_DIR
// the executable says so and exits 77, which CTest reports as skipped (never as passed). Also
// the pieces every screenshot function shares, there or inside a check executable.
#pragma once

#include <QApplication>
#include <QTest>

#include <cstdio>

namespace shots {

/// The "lang" column of a screenshot function's data: English, then French.
inline void languageRows()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

} // namespace shots

/// In a screenshot function of a check executable: `dir` is the folder PVEHA_SHOTS_DIR names,
/// or the function is skipped (it is a look, not a check).
#define PVEHA_SHOTS_DIR_OR_SKIP(dir)                                                               \
    const QString dir = qEnvironmentVariable("PVEHA_SHOTS_DIR");                                   \
    if (dir.isEmpty())                                                                             \
    QSKIP("Set PVEHA_SHOTS_DIR to a folder to write the screenshots.")

#define PVEHA_SHOTS_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        if (qEnvironmentVariableIsEmpty("PVEHA_SHOTS_DIR")) {                                      \
            std::fprintf(stderr, "SKIP: set PVEHA_SHOTS_DIR to a folder to write the "             \
                                 "screenshots (a look for people, not a check).\n");               \
            return 77;                                                                             \
        }                                                                                          \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
