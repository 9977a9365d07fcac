#!/usr/bin/python3
"""Derives the CJK font planmap writes into PDFs from a face of Noto Sans CJK.

Noto CJK maps the Kangxi radicals (U+2F00-) and the radical supplement (U+2E80-) to the very
glyphs of the ideographs they look like: 大 and ⼤ are one glyph. Qt's PDF writer builds each
glyph's text (its ToUnicode map) from the lowest code point that reaches the glyph, so a PDF
written with Noto CJK extracts 长春 as ⻓春 and 一主 as ⼀主, and searching it for them fails.
The derived font is the same face without those code points, under a family name of its own.

usage: derive_pdf_cjk_font.py SOURCE.ttc FACE_FAMILY OUTPUT.otf NEW_FAMILY
"""
import sys

from fontTools.ttLib import TTCollection, TTFont


def is_radical(code_point):
    return 0x2E80 <= code_point <= 0x2FDF or 0x31C0 <= code_point <= 0x31EF


def face_named(source, family):
    if not source.lower().endswith(('.ttc', '.otc')):
        return TTFont(source)
    for face in TTCollection(source).fonts:
        if face['name'].getDebugName(1) == family:
            return face
    raise SystemExit(f'{source}: no face named {family}')


def rename(font, family):
    subfamily = font['name'].getDebugName(2) or 'Regular'
    names = {1: family, 16: family, 3: f'{family} {subfamily}', 4: f'{family} {subfamily}',
             6: f"{family.replace(' ', '')}-{subfamily}"}
    for record in font['name'].names:
        if record.nameID in names:
            record.string = names[record.nameID]


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    source, face_family, output, family = sys.argv[1:]
    font = face_named(source, face_family)
    for table in font['cmap'].tables:
        table.cmap = {code: glyph for code, glyph in table.cmap.items() if not is_radical(code)}
    rename(font, family)
    font.save(output)


if __name__ == '__main__':
    main()
