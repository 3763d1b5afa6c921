#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry for a fresh Debian 12 / Ubuntu machine:
#   ./setup.sh run    install what is missing, build, launch the wizard (--demo: simulated nodes)
#   ./setup.sh test   install what is missing, build with the CI preset, run the whole test suite
#   ./setup.sh deps   only install the packages
# Extra arguments after `run` go to the program (default: --demo).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Build and run dependencies; the test suite adds a real sshd, ping, Xvfb, Chromium, iproute2.
PACKAGES=(
  cmake ninja-build g++ pkgconf
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
  libssh-dev
)
TEST_PACKAGES=(
  openssh-server openssh-client iputils-ping iproute2 xvfb xauth
  chromium fonts-dejavu-core dpkg-dev file appstream tidy
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local wanted=("$@") missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local preset=$1
  cmake --preset "$preset"
  cmake --build --preset "$preset"
}

case "${1:-}" in
  run)
    shift
    install_packages "${PACKAGES[@]}"
    build default
    [ $# -gt 0 ] || set -- --demo
    exec build/bin/pve-ha-installer "$@"
    ;;
  test)
    install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build ci
    # Every label but `benchmark`; a test that cannot run here says why and counts as skipped.
    ctest --preset ci -j2
    ;;
  deps)
    install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    ;;
  *)
    sed -n '3,7p' "$0"
    exit 2
    ;;
esac
