#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a tab-separated list.

Run `cmake --build build --target update_translations` first so lupdate adds the new
source strings, then:

    tools/fill_translations.py translations/planmap_zh_CN.ts NEW.tsv

Each line of NEW.tsv is `context<TAB>source<TAB>translation` (the context may be `*` to match
any). Escapes \\n and \\t in the file stand for a newline and a tab; the plural forms of a %n
message are separated by `||`. Messages still unfinished
afterwards are listed, so nothing is left untranslated by accident.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_table(path):
    table = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            context, source, translation = line.split("\t", 2)
            table[(context, unescape(source))] = unescape(translation)
    return table


def main():
    ts_path, table_path = sys.argv[1], sys.argv[2]
    table = read_table(table_path)
    tree = ET.parse(ts_path)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            text = table.get((name, source), table.get(("*", source)))
            if text is None:
                unfinished.append(f"{name}: {source}")
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for text_form in text.split("||"):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = text_form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as handle:
        body = handle.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write(body)
    for line in unfinished:
        print("unfinished:", line)
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
