"""Chinese that comes back out of our PDFs as the characters that were printed.

Qt's PDF writer gives each embedded font a ToUnicode map (glyph -> character), so the text can be
searched and copied. It finds each glyph's character by asking the font for every code point from
U+0000 up and keeping the first that draws that glyph. Noto Sans CJK (as Source Han Sans) draws a
Kangxi radical (U+2F00-U+2FD5) or a CJK radical supplement (U+2E80-U+2EFF) and the ideograph it
stands for with one glyph, and the radicals come first: 文 came out of the PDF as ⽂ (U+2F42), 人 as
⽈, 一 as ⼀ - some 270 common characters that look right and match no search.

`restore_ideographs` puts the ideographs back in the written PDF's ToUnicode maps. Qt writes those
maps uncompressed, and a character code is four hex digits either way, so each one is replaced in
place: no byte moves, the cross-reference table stays right. A run written as one range
(``<0004> <0005> <2F00>``, two glyphs for consecutive code points) cannot be rewritten without
growing, and is left as Qt wrote it; it needs two radical-shared ideographs whose radicals are
consecutive, first used one after the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_RANGE_LINE = re.compile(rb"^(<[0-9A-Fa-f]{4}> <[0-9A-Fa-f]{4}> )(.*)$", re.MULTILINE)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")
_RADICAL_BLOCKS = (range(0x2E80, 0x2F00), range(0x2F00, 0x2FE0))
# Fonts whose radicals share glyphs with ideographs (Noto Sans CJK and Source Han Sans, all weights).
_SHARING_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN")


@cache
def radical_ideographs() -> dict[int, int]:
    """Radical code point -> the ideograph it stands for. Kangxi radicals have a compatibility
    decomposition to their ideograph; for the supplement's, the CJK font in use says which
    ideograph draws the same glyph."""
    mapping: dict[int, int] = {}
    for code in _RADICAL_BLOCKS[1]:
        ideograph = unicodedata.normalize("NFKC", chr(code))
        if ideograph != chr(code) and len(ideograph) == 1:
            mapping[code] = ord(ideograph)
    mapping.update(_supplement_from_font())
    return mapping


def _supplement_from_font() -> dict[int, int]:
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    installed = set(QFontDatabase.families())
    family = next((name for name in _SHARING_FAMILIES if name in installed), None)
    if family is None:
        return {}
    font = QFont(family)
    font.setPixelSize(32)
    raw = QRawFont.fromFont(font)
    ideographs = [*range(0x4E00, 0xA000), *range(0x3400, 0x4DC0)]
    glyphs = raw.glyphIndexesForString("".join(map(chr, ideographs)))
    by_glyph: dict[int, int] = {}
    for code, glyph in zip(ideographs, glyphs, strict=False):
        if glyph:
            by_glyph.setdefault(glyph, code)
    radicals = list(_RADICAL_BLOCKS[0])
    found = {}
    for code, glyph in zip(radicals, raw.glyphIndexesForString("".join(map(chr, radicals))), strict=False):
        if glyph and glyph in by_glyph:
            found[code] = by_glyph[glyph]
    return found


def _restore_line(line: re.Match[bytes], mapping: dict[int, int]) -> bytes:
    head, destination = line.group(1), line.group(2)
    first, last = (int(code, 16) for code in _CODE.findall(head))
    if not destination.lstrip().startswith(b"[") and last != first:
        return line.group(0)  # a run of consecutive code points: see the module's docstring

    def restored(code: re.Match[bytes]) -> bytes:
        value = int(code.group(1), 16)
        return b"<%04X>" % mapping[value] if value in mapping else code.group(0)

    return head + _CODE.sub(restored, destination)


def restore_ideographs(pdf: bytes) -> bytes:
    """`pdf` with the radicals of its ToUnicode maps read as the ideographs they were printed for;
    the same length, every object where it was."""
    if b"<2F" not in pdf and b"<2E" not in pdf and b"<2f" not in pdf and b"<2e" not in pdf:
        return pdf  # no radical in any map (no Chinese printed): nothing to do
    mapping = radical_ideographs()

    def restored_cmap(cmap: re.Match[bytes]) -> bytes:
        return _RANGE_LINE.sub(lambda line: _restore_line(line, mapping), cmap.group(0))

    result = _CMAP.sub(restored_cmap, pdf)
    assert len(result) == len(pdf)  # the cross-reference table counts on it
    return result
