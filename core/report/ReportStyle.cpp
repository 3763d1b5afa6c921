// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportWriter.h"

namespace pveha {

QString ReportWriter::styleSheet()
{
    // System fonts only (no web font), no url() of any kind: the file stands alone.
    return QStringLiteral(R"css(
:root { --ink: #1f2328; --muted: #5f6368; --line: #d0d7de; --band: #f6f8fa; --accent: #1a4d8f; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 14px;
  color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 1120px; padding: 0 28px 40px; line-height: 1.45; }
header.top { border-bottom: 3px solid var(--accent); padding: 22px 0 12px; margin-bottom: 8px; }
header.top h1 { font-size: 1.75rem; margin: 0 0 4px; color: var(--accent); }
header.top .meta { color: var(--muted); margin: 0; }
nav.toc { margin: 12px 0 4px; padding: 8px 12px; background: var(--band); border-radius: 6px; }
nav.toc ol { margin: 0; padding-left: 22px; columns: 2; }
nav.toc a { color: var(--accent); text-decoration: none; }
h2 { font-size: 1.35rem; margin: 30px 0 10px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); color: var(--accent); }
h3 { font-size: 1.08rem; margin: 20px 0 8px; }
p { margin: 6px 0; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nw { white-space: nowrap; }
table.kv th { width: 32%; }
code, pre, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px;
  overflow-x: auto; white-space: pre-wrap; word-break: break-word; margin: 4px 0 10px; }
details { margin: 4px 0; }
details > summary { cursor: pointer; color: var(--accent); padding: 2px 0; }
.st { white-space: nowrap; font-weight: 600; }
.st .ic { width: 15px; height: 15px; vertical-align: -2px; }
.st-pass { color: #1e7e34; } .st-warn { color: #8a5300; } .st-fail { color: #c62828; }
.st-skip { color: #616161; }
.banner { display: flex; align-items: center; gap: 12px; padding: 10px 14px; border-radius: 6px;
  border: 1px solid var(--line); border-left-width: 6px; margin: 8px 0 12px; font-size: 1.08rem; }
.banner .st .ic { width: 22px; height: 22px; vertical-align: -5px; }
.banner.b-pass { border-left-color: #1e7e34; background: #eef7f0; }
.banner.b-warn { border-left-color: #b86e00; background: #fdf5e6; }
.banner.b-fail { border-left-color: #c62828; background: #fdecea; }
.banner.b-skip { border-left-color: #757575; background: #f3f3f3; }
.na { color: var(--muted); font-style: italic; }
ul.reasons { margin: 4px 0 12px; padding-left: 20px; }
ul.reasons li { margin: 3px 0; }
.hint { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 16px 28px; align-items: flex-start; }
figure.chart { margin: 6px 0 12px; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 2px; }
svg text { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 12.5px;
  fill: var(--ink); }
svg text.val, svg text.tick { fill: var(--muted); }
svg text.centre { font-size: 20px; font-weight: 600; }
svg text.target { fill: #c62828; font-weight: 600; }
svg text.halo { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg.sprite { display: none; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); gap: 0 24px; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted);
  font-size: 0.9rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section.major { break-before: page; }
  section.major.first { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, figure.chart, .banner { break-inside: avoid; }
  thead { display: table-header-group; }
  details > summary { color: var(--ink); }
  details.print-open::details-content { content-visibility: visible; display: block; }
  pre { white-space: pre-wrap; overflow: visible; }
  .banner, th, pre { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css");
}

} // namespace pveha
