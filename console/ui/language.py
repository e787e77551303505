"""The windows' language: which one is in force, and switching to it while the console runs.

The language in force is the first of (console.i18n.resolve):
  1. ``--language`` on the command line (for the whole session);
  2. the choice of the officer on watch (OperatorBook, set in the officers page or at sign-in;
     it applies when that officer starts a watch);
  3. the workstation's setting (station settings "language", "system" by default);
  4. the workstation's locale.

`switch_to` makes one language current everywhere at once: console.i18n (the core's sentences,
looked up in plain Python), the application's translator for the windows' own sentences, and Qt's
translations of its standard buttons (OK, Cancel) when PySide6 ships them. Installing or removing
a translator sends every widget a LanguageChange event. The main window retranslates itself and
what it shows (MainWindow.retranslate: item models get no such event, their views tell them); a
compose window keeps its language and says so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

import console.i18n as core_i18n
from console.i18n import BUILT_IN, SYSTEM, resolve, system_language, tr

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_command_line: str | None = None


def available_languages() -> dict[str, str]:
    """Language code -> its name in that language, English first: those with an installed translation."""
    return core_i18n.available_languages()


def language_choices() -> list[tuple[str, str]]:
    """What a language chooser offers: (setting value, words), "System language (…)" first."""
    system = system_language()
    return [(SYSTEM, tr("System language ({language})").format(language=core_i18n.LANGUAGE_NAMES[system]))] + [
        (code, name) for code, name in available_languages().items()]


def set_command_line_language(language: str | None) -> None:
    """``--language`` for this session: it outranks the officer's and the workstation's choice."""
    global _command_line
    _command_line = language or None


def command_line_language() -> str | None:
    return _command_line


def language_in_force(officer_language: str | None, station_language: str | None) -> str:
    """The language the windows show: command line, officer, workstation, system (first that names one)."""
    return resolve(_command_line, officer_language, station_language)


def current_language() -> str:
    return core_i18n.current_language()


def _load(translator: QTranslator, path) -> bool:
    return path.is_file() and translator.load(str(path))


def switch_to(language: str) -> bool:
    """Make `language` the console's language now. Returns whether it changed.

    A language whose translation file is missing or unreadable leaves the windows in English
    (logged), never without text.
    """
    language = core_i18n.normalise(language) or BUILT_IN
    app = QCoreApplication.instance()
    if language == core_i18n.current_language() and (language == BUILT_IN or _installed or app is None):
        return False
    # The core first: widgets retranslating on the LanguageChange below read it.
    core_i18n.set_language(language)
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        _installed.clear()
        if language != BUILT_IN:
            ours = QTranslator(app)
            if _load(ours, core_i18n.translation_file(language)):
                app.installTranslator(ours)
                _installed.append(ours)
            else:
                log.warning("no usable translation for %r at %s; the windows stay in English", language,
                            core_i18n.translation_file(language))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_own = QTranslator(app)
            if qt_own.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
    return True


def install_translator(language: str) -> bool:
    """Start-up's form of switch_to: whether the windows' translation into `language` is installed."""
    switch_to(language)
    path = core_i18n.translation_file(current_language())
    return current_language() != BUILT_IN and any(translator.filePath() == str(path) for translator in _installed)
