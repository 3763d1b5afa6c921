#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack and checks what a Debian admin would: dependencies, files, the
# desktop entry, the AppStream metadata and the icon.
set -euo pipefail
build=$1
src=$2
for tool in cpack dpkg-deb; do
  command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
command -v dpkg-shlibdeps >/dev/null || { echo "SKIP: dpkg-shlibdeps (package dpkg-dev) is not installed"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb")"
info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
fail=0
check() { if ! grep -qE "$2" <<<"$1"; then echo "FAIL: missing $3"; fail=1; else echo "ok: $3"; fi; }
check "$info" '^ Depends:.*libqt6widgets6' "Depends on libqt6widgets6"
check "$info" '^ Depends:.*libssh-4' "Depends on libssh-4"
# Every Qt module the binary really loads must be a dependency (Charts comes with the health page).
binary=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/pve-ha-installer > "$out/bin" && echo "$out/bin")
for lib in $(objdump -p "$binary" | awk '/NEEDED/ {print $2}' | grep -E '^libQt6' | sed -E 's/^libQt6([A-Za-z]+)\.so.*/\1/'); do
  pkg="libqt6$(echo "$lib" | tr 'A-Z' 'a-z')6"
  [ "$pkg" = "libqt6core6" ] && pkg="libqt6core6"
  check "$info" "^ Depends:.*$pkg" "Depends on $pkg (the binary needs libQt6$lib)"
done
check "$info" '^ Recommends:.*qt6-translations-l10n' "Recommends qt6-translations-l10n"
check "$info" '^ Section: admin' "Section admin"
check "$contents" '\./usr/bin/pve-ha-installer$' "the binary"
check "$contents" 'usr/share/applications/io\.github\.pveha\.PveHaInstaller\.desktop' "the desktop file"
check "$contents" 'usr/share/metainfo/io\.github\.pveha\.PveHaInstaller\.metainfo\.xml' "the metainfo"
check "$contents" 'usr/share/icons/hicolor/scalable/apps/io\.github\.pveha\.PveHaInstaller\.svg' "the icon"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$src/packaging/io.github.pveha.PveHaInstaller.desktop" && echo "ok: desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$src/packaging/io.github.pveha.PveHaInstaller.metainfo.xml" || fail=1
else
  echo "note: appstreamcli not installed, metainfo not validated"
fi
exit $fail
