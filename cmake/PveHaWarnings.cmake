# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's warning flags, so every target opts in the same way.
add_library(pveha_warnings INTERFACE)
target_compile_options(pveha_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(PVEHA_WERROR)
    target_compile_options(pveha_warnings INTERFACE -Werror)
endif()
target_compile_definitions(pveha_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # Qt 6.4 (Debian 12) is the minimum: newer Qt releases deprecate APIs that 6.4 still
    # needs, and those warnings must not break the -Werror build of the Debian 13 lane.
    QT_WARN_DEPRECATED_UP_TO=0x060400)
