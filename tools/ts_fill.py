#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill Qt Linguist catalogues after `update_translations`.

  ts_fill.py --english translations/pve-ha-installer_en.ts
      marks every English entry finished, its translation = the source text;
  ts_fill.py translations/pve-ha-installer_fr.ts MAPPING.json
      fills unfinished French entries from a JSON object {"source text": "traduction"} (or
      {"context|source": "..."} where one source needs different words in two contexts);
  ts_fill.py --check translations/pve-ha-installer_fr.ts
      lists the entries still unfinished or empty, exit 1 if any.
The .ts files are the single source of the translations; mappings are working files.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def set_translation(message, text):
    tr = message.find("translation")
    if message.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        forms = text if isinstance(text, list) else [text, text]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def unfinished(root):
    out = []
    for ctx, m in messages(root):
        tr = m.find("translation")
        empty = not (tr.text or "".join(n.text or "" for n in tr))
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or empty:
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            out.append((ctx, m.findtext("source")))
    return out


def main(argv):
    if len(argv) == 3 and argv[1] == "--english":
        tree, root = load(argv[2])
        for _, m in messages(root):
            set_translation(m, m.findtext("source"))
        save(tree, argv[2])
        return 0
    if len(argv) == 3 and argv[1] == "--check":
        _, root = load(argv[2])
        missing = unfinished(root)
        for ctx, src in missing:
            print(f"{ctx}: {src!r}")
        print(f"{len(missing)} unfinished")
        return 1 if missing else 0
    if len(argv) == 3:
        tree, root = load(argv[1])
        mapping = json.load(open(argv[2], encoding="utf-8"))
        filled = 0
        for ctx, m in messages(root):
            src = m.findtext("source")
            key = f"{ctx}|{src}"
            text = mapping.get(key, mapping.get(src))
            if text is not None:
                set_translation(m, text)
                filled += 1
        save(tree, argv[1])
        print(f"filled {filled}; {len(unfinished(root))} left")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
