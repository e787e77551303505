"""The console's languages, for the core as much as for the windows.

English is written in the code; Russian and Chinese come from the compiled translation files
(resources/i18n/watchdesk_<code>.qm, made by `make translations` from the .ts sources there).
Qt's windows load them with QTranslator (console/ui/language.py); rule findings,
error sentences and the command line's messages are looked up here, in plain Python, from the
same files.

Marking a sentence for translation, so that pyside6-lupdate finds it:
  * in the core and the command line: ``tr("The window closes {when}.").format(when=...)``,
    with ``tr`` imported from here; a count that chooses the plural form goes third:
    ``tr("%n area(s) outside the window", None, count)``;
  * a sentence kept for later (a table of labels): ``QT_TRANSLATE_NOOP("Context", "text")``,
    looked up where shown with ``lookup("Context", text)``;
  * in Qt classes: ``self.tr("...")``.
The argument must be a literal (no f-string): lupdate reads the source, not the running value.
tests/i18n/test_marking.py holds the code to these rules; tests/i18n/test_completeness.py checks
every marked sentence has a finished translation that keeps its placeholders.
"""

from __future__ import annotations

import locale
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from console.i18n.plurals import plural_form
from console.i18n.qm_reader import CompiledTranslations, TranslationFileError, read_qm
from console.paths import resources_dir

log = logging.getLogger(__name__)

BUILT_IN = "en"
# The languages the console is translated into, by code, with their names in themselves.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "zh_CN": "简体中文"}
# A setting's value meaning "whatever the workstation's locale is".
SYSTEM = "system"

_current = BUILT_IN
# A language for this thread's (or task's) current block only: a printout laid out in another
# language than the console's, while the windows stay in theirs.
_speaking: ContextVar[str | None] = ContextVar("watchdesk_speaking", default=None)


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def translation_file(language: str) -> Path:
    return i18n_dir() / f"watchdesk_{language}.qm"


def available_languages() -> dict[str, str]:
    """Code -> name in that language: English, and every language whose .qm is installed."""
    return {code: name for code, name in LANGUAGE_NAMES.items()
            if code == BUILT_IN or translation_file(code).is_file()}


def normalise(language: str | None) -> str | None:
    """A language code as the console names it ('ru_RU.UTF-8' -> 'ru', 'zh' -> 'zh_CN');
    None for a language the console is not translated into."""
    if not language:
        return None
    code = language.split(".")[0].split("@")[0].replace("-", "_")
    if code in LANGUAGE_NAMES:
        return code
    base = code.split("_")[0].lower()
    if base == "zh":
        # Traditional-script locales are not Simplified Chinese; they fall back to English.
        return "zh_CN" if code.split("_")[1:2] in ([], ["CN"], ["SG"], ["Hans"]) else None
    return base if base in LANGUAGE_NAMES else None


def system_language() -> str:
    """The workstation's locale as a console language (English when not translated)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            # LANGUAGE lists preferences separated by colons; the first the console knows wins.
            for candidate in value.split(":"):
                code = normalise(candidate)
                if code:
                    return code
            if variable != "LANGUAGE":
                return BUILT_IN
    code = normalise(locale.getlocale(locale.LC_MESSAGES)[0] if hasattr(locale, "LC_MESSAGES") else None)
    return code or BUILT_IN


def resolve(*choices: str | None) -> str:
    """The language in force: the first of `choices` that names one (command line, officer,
    workstation, in that order), else the system's. 'system' and None pass to the next."""
    for choice in choices:
        if choice and choice != SYSTEM:
            code = normalise(choice)
            if code:
                return code
            log.warning("the console is not translated into %r; trying the next choice", choice)
    return system_language()


def set_language(language: str) -> None:
    """Make `language` the one the core's sentences are looked up in."""
    global _current
    _current = normalise(language) or BUILT_IN


def current_language() -> str:
    """The language sentences are looked up in here and now: the block's (speaking()), else the console's."""
    return _speaking.get() or _current


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, and in this thread only, sentences are looked up in `language`."""
    token = _speaking.set(normalise(language) or BUILT_IN)
    try:
        yield
    finally:
        _speaking.reset(token)


@cache
def _catalogue(language: str) -> CompiledTranslations | None:
    path = translation_file(language)
    try:
        return read_qm(path)
    except FileNotFoundError:
        log.warning("no translation file for %r at %s; its sentences stay in English", language, path)
    except (OSError, TranslationFileError) as exc:
        log.warning("the translation file for %r is unreadable (%s); its sentences stay in English", language, exc)
    return None


def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1,
           *, language: str | None = None) -> str:
    """`text` in `language` (the current one by default), as Qt's translate() would give it:
    the source text when there is no translation, '%n' replaced by `n` when n >= 0."""
    language = language or _speaking.get() or _current
    translated = text
    if language != BUILT_IN:
        catalogue = _catalogue(language)
        if catalogue is not None:
            forms = (catalogue.messages.get((context, text, disambiguation or ""))
                     or catalogue.messages.get((context, text, "")))
            if forms:
                form = forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0]
                translated = form or text
    return translated.replace("%n", str(n)) if n >= 0 else translated


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language. See the module's docstring for how to mark sentences."""
    return lookup("", text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation under `context` without translating it now."""
    return text
