# SPDX-License-Identifier: GPL-3.0-or-later
# pveha_add_test(NAME <name> SOURCES <files...> LABELS <labels...> [LIBS <targets...>]
#                [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>])
# Adds one Qt Test executable and registers it with CTest under the given labels.
# A test executable that cannot run here (no root, a missing tool) prints why and exits 77:
# CTest then reports it as skipped, never as passed.
function(pveha_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES OR NOT ARG_LABELS)
        message(FATAL_ERROR "pveha_add_test needs NAME, SOURCES and LABELS")
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test pveha_warnings ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        PVEHA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PVEHA_BINARY_DIR="${PROJECT_BINARY_DIR}"
        PVEHA_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 ${ARG_ENVIRONMENT})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}"
        SKIP_RETURN_CODE 77)
endfunction()
