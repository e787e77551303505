"""console/i18n reads the compiled .qm files as Qt does, and a broken one costs only the language.

The core (rule findings, errors, the command line) looks sentences up with console/i18n's own
reader; the windows with QTranslator. Both read the same file, so they must agree on every
sentence, plural forms included.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import console.i18n as i18n
from console.i18n.plurals import plural_form
from console.i18n.qm_reader import QM_MAGIC, TranslationFileError, parse_qm, read_qm

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "zh_CN")


def _compiled(language: str) -> Path:
    path = i18n.translation_file(language)
    assert path.is_file(), f"{path} is missing: `make` compiles it from resources/i18n/watchdesk_{language}.ts"
    return path


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reader_agrees_with_qtranslator_on_every_sentence(language):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(_compiled(language)))
    root = ET.parse(REPO / "resources" / "i18n" / f"watchdesk_{language}.ts").getroot()
    checked, disagreements = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or None
            counts = (0, 1, 2, 5, 11, 21, 22, 25, 101) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                ours = i18n.lookup(name, source, comment, n, language=language)
                qt = translator.translate(name, source, comment, n) or source
                if n >= 0:
                    qt = qt.replace("%n", str(n))
                checked += 1
                if ours != qt:
                    disagreements.append(f"[{name}] {source!r} n={n}: ours {ours!r}, Qt {qt!r}")
    assert checked > 500
    assert disagreements == []


def test_the_translation_is_read_in_the_language_asked_for_whatever_the_current_one():
    source = "Launch notification"
    translations = {language: i18n.lookup("PrintLabels", source, language=language)
                    for language in ("en", *LANGUAGES)}
    assert translations["en"] == source
    assert translations["ru"] != source and translations["zh_CN"] != source
    assert translations["ru"] != translations["zh_CN"]


def test_russian_and_chinese_plural_forms():
    assert [plural_form("ru", n) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 0)] == \
        [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 2, 2]
    assert {plural_form("zh_CN", n) for n in (0, 1, 2, 5, 21)} == {0}
    assert [plural_form("en", n) for n in (0, 1, 2)] == [1, 0, 1]


@pytest.mark.parametrize("damage, problem", [
    (lambda data: b"not a translation" + data, "not a compiled Qt translation"),
    (lambda data: data[: len(QM_MAGIC) + 3], "cut short in a block header"),
    (lambda data: data[:-7], "runs past the end"),
])
def test_a_broken_file_is_refused_with_its_problem_named(damage, problem):
    data = _compiled("ru").read_bytes()
    with pytest.raises(TranslationFileError, match=problem):
        parse_qm(damage(data), "watchdesk_ru.qm")


def test_a_broken_file_leaves_the_sentences_in_english_and_says_why(tmp_path, monkeypatch, caplog):
    (tmp_path / "watchdesk_ru.qm").write_bytes(_compiled("ru").read_bytes()[:-7])
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    i18n._catalogue.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="console.i18n"):
            assert i18n.lookup("PrintLabels", "Launch notification", language="ru") == "Launch notification"
        assert "unreadable" in caplog.text and "stay in English" in caplog.text
    finally:
        i18n._catalogue.cache_clear()


def test_every_installed_file_names_its_own_language():
    for language in LANGUAGES:
        assert read_qm(_compiled(language)).language == language
