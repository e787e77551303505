"""The fonts a printout's languages need, checked before anything is laid out.

Latin and Cyrillic print in DejaVu Sans (fonts-dejavu-core); Simplified Chinese needs a CJK
font, Noto Sans CJK SC (Debian's fonts-noto-cjk, SIL Open Font License 1.1), named explicitly
in console/printing/layout.py's family lists. Without one, Qt would draw empty boxes, or pick
whatever CJK font fontconfig offers (Japanese glyph forms from Noto Sans CJK JP, say): the
officer is told instead, and nothing is printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from console.i18n import tr
from console.printing.devices import PrintError
from console.printing.layout import CJK_SANS_FAMILIES

# Languages written in Han characters, and the font families that have them.
_NEEDS_CJK = {"zh_CN"}


def cjk_family() -> str | None:
    """The first installed family of CJK_SANS_FAMILIES (the one Chinese text prints in), or None."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_SANS_FAMILIES if family in installed), None)


def require_fonts(languages: Iterable[str]) -> None:
    """Raise PrintError, in words, when a language of the printout has no font installed."""
    if _NEEDS_CJK.isdisjoint(languages) or cjk_family() is not None:
        return
    raise PrintError(tr(
        "Printing in Chinese needs the Noto Sans CJK SC font (Debian package fonts-noto-cjk), which is "
        "not installed on this workstation; nothing was printed. Install it, or print in English or Russian."))
