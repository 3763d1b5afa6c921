// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pveha {

/// The report's HTML building blocks. Everything that did not come from this program's own
/// literals (node outputs, spec values, journal texts) goes through text() or attr(): the
/// Redactor first (no secret ever reaches the file), then escaping. The output is well-formed
/// XML as well as HTML5 (void elements closed with "/>", only the five XML entities), so a test
/// can parse it with QXmlStreamReader.
class Html
{
    Q_DECLARE_TR_FUNCTIONS(pveha::Html)
public:
    /// Redacted and escaped for element content: & < > " ' become entities.
    [[nodiscard]] static QString text(const QString &raw);
    /// The same for a double-quoted attribute value (also escapes newlines and tabs).
    [[nodiscard]] static QString attr(const QString &raw);
    /// `<tag class="cls">text(raw)</tag>`; no class attribute when `cls` is empty.
    [[nodiscard]] static QString element(const QString &tag, const QString &raw,
                                         const QString &cls = {});
    /// A monospace block of raw output (redacted, escaped).
    [[nodiscard]] static QString pre(const QString &raw);
    /// A collapsible block: `<details><summary>…</summary><pre>…</pre></details>`. Printed open
    /// when `openInPrint` (the health outputs of procedure §8.1), else only its summary line (the
    /// preflight's long lsblk and pveversion outputs would fill dozens of pages).
    [[nodiscard]] static QString details(const QString &summary, const QString &raw,
                                         bool openInPrint = false);

    /// A normalised status: pass, warn, fail, skip (the one look of UX.md); "ok"/"done" read as
    /// pass, "error"/"failed" as fail, "not-run"/"skipped" as skip, anything else as skip.
    [[nodiscard]] static QString statusClass(const QString &status);
    /// The translated word for a status as the journal/contract spells it ("done", "pass" …).
    [[nodiscard]] static QString statusWord(const QString &status);
    /// Icon and word: `<span class="st st-pass"><svg…/> Passed</span>`. `word` overrides the
    /// word (already plain text, escaped here).
    [[nodiscard]] static QString status(const QString &status, const QString &word = {});
    /// The hidden SVG sprite with the four status icons, once per document.
    [[nodiscard]] static QString iconSprite();
};

} // namespace pveha
