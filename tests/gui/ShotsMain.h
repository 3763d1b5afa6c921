// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of the screenshot runs: they are a look, not a check, so without PVEHA_SHOTS_DIR
// the executable says so and exits 77, which CTest reports as skipped (never as passed).
#pragma once

#include <QApplication>
#include <QTest>

#include <cstdio>

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
