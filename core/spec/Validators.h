// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pveha::validators {

// The patterns every spec value is held to. Most of these values end up inside commands run by
// a root shell on the nodes (hostnames, device paths, interface and LVM names, pool and group
// ids), so each pattern is a strict allow-list: no shell metacharacter, quote, space or control
// character can pass any of them. Commands are still built with quoting; this is the first wall.

/// Proxmox cluster name: 1–15 of [A-Za-z0-9-] (corosync's limit on the cluster name).
[[nodiscard]] bool isClusterName(const QString &name);
/// RFC 1123 label: 1–63 of [A-Za-z0-9-], not starting or ending with '-'.
[[nodiscard]] bool isDnsLabel(const QString &label);
/// Dotted DNS labels, at most 253 characters; the last label is not all digits (so a broken
/// IPv4 address such as "10.0.0" is not mistaken for a hostname).
[[nodiscard]] bool isHostname(const QString &name);
[[nodiscard]] bool isIpv4Address(const QString &address);
/// Linux interface name: 1–15 of [A-Za-z0-9_.-], not "." or "..". The kernel allows more
/// (anything but '/', ':' and whitespace); we are stricter because the name reaches a shell.
[[nodiscard]] bool isInterfaceName(const QString &name);
/// ^/dev/[A-Za-z0-9/_.-]+$ with no ".." component and no trailing '/'.
[[nodiscard]] bool isDevicePath(const QString &path);
/// LVM volume group name: 1–127 of [A-Za-z0-9_.+-], not starting with '-', not "." or "..".
[[nodiscard]] bool isLvmVolumeGroupName(const QString &name);
/// LVM logical volume name: the volume group rule plus LVM's reserved prefixes and infixes
/// ("snapshot", "pvmove", "_rimage", …) that lvcreate refuses.
[[nodiscard]] bool isLvmLogicalVolumeName(const QString &name);
/// POSIX-portable login as Debian's adduser accepts it: [a-z_][a-z0-9_-]{0,31}.
[[nodiscard]] bool isPosixLoginName(const QString &name);
/// Proxmox id (HA group, node-affinity rule): [a-z][a-z0-9_-]+, case-insensitive.
[[nodiscard]] bool isProxmoxId(const QString &id);
/// Proxmox storage id (also our Ceph pool name): ^[a-z][a-z0-9\-_.]*[a-z0-9]$, case-insensitive.
[[nodiscard]] bool isProxmoxStorageId(const QString &id);
/// A Unicode control character (newline, tab, NUL, DEL, …) anywhere in the text.
[[nodiscard]] bool hasControlCharacter(const QString &text);
/// ovh-eu, ovh-ca, ovh-us, or an http(s) base URL with a plain host name or IPv4 address, an
/// optional port 1–65535 and a path of [A-Za-z0-9._~/-] (no query, fragment or credentials).
[[nodiscard]] bool isApiEndpoint(const QString &endpoint);
/// True when the word needs no quoting in a POSIX shell: only [A-Za-z0-9@%+=:,./_-], not empty.
[[nodiscard]] bool isShellSafeWord(const QString &word);
/// Quotes a word for a POSIX shell: unchanged when isShellSafeWord(), otherwise wrapped in
/// single quotes with each embedded quote written as '\''.
[[nodiscard]] QString shellQuote(const QString &word);

} // namespace pveha::validators
