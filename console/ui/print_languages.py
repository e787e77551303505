"""The languages a printout is printed in, and the choice of them beside a Print button.

Apart from the print preview so that a dialog with a Print button (the change of watch's) can
offer the choice without importing Qt's print support on the way to the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from console.i18n import LANGUAGE_NAMES, available_languages, current_language

Languages = tuple[str, ...]


def language_options(counterpart_language: str | None = None) -> list[Languages]:
    """What a printout may be printed in: the console's language alone (first, the default), then
    it with a second language: the counterpart's first when it is known, then English, then the
    others the console is translated into."""
    console = current_language()
    others = [code for code in available_languages() if code != console]
    preferred = [code for code in (counterpart_language, "en") if code in others]
    ordered = [*dict.fromkeys([*preferred, *others])]
    return [(console,), *((console, other) for other in ordered)]


def languages_text(languages: Languages) -> str:
    """``Русский + English``: each language named in itself, the first leading."""
    return " + ".join(LANGUAGE_NAMES.get(code, code) for code in languages)


class LanguageChoice(QComboBox):
    """The printout's languages, one entry per choice of `language_options`."""

    def __init__(self, options: list[Languages], chosen: Languages | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printLanguages")
        self.setAccessibleName(self.tr("Languages of the printout"))
        self.setToolTip(self.tr("Print in the console's language, or label by label in it and a second language "
                                "(free text as received, working translations marked as such)"))
        for languages in options:
            self.addItem(languages_text(languages), languages)
        if chosen in options:
            self.setCurrentIndex(options.index(chosen))

    def languages(self) -> Languages:
        return tuple(self.currentData() or (current_language(),))
