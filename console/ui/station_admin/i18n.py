"""The console's language: English built in; others from resources/i18n/watchdesk_<lang>.qm.

Every UI string goes through tr(), so a language is added by compiling a .qm file
(pyside6-lupdate, then pyside6-lrelease) into resources/i18n; nothing else changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from console.paths import resources_dir

log = logging.getLogger(__name__)

BUILT_IN = "en"
_installed: QTranslator | None = None


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def translation_file(language: str) -> Path:
    return i18n_dir() / f"watchdesk_{language}.qm"


def available_languages() -> dict[str, str]:
    """Language code -> its name in that language, English first."""
    languages = {BUILT_IN: "English"}
    for path in sorted(i18n_dir().glob("watchdesk_*.qm")) if i18n_dir().is_dir() else []:
        code = path.stem.removeprefix("watchdesk_")
        languages[code] = QLocale(code).nativeLanguageName() or code
    return languages


def install_translator(language: str) -> bool:
    """Make `language` the application's language; returns whether a translation was loaded.

    English needs no file. A missing or unreadable file leaves the console in English
    (logged), never without text.
    """
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language == BUILT_IN:
        return False
    path = translation_file(language)
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("no usable translation for %r at %s; the console stays in English", language, path)
        return False
    app.installTranslator(translator)
    _installed = translator
    return True
