"""The translations are complete, keep every placeholder, and cover what the code marks today.

resources/i18n/watchdesk_<language>.ts are the translators' sources (`make translations`
refreshes them from the code with pyside6-lupdate); the .qm files are compiled from them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
LANGUAGES = {"ru": 3, "zh_CN": 1}  # language -> its number of plural forms

_BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
_PERCENT = re.compile(r"%(?:\d|n|\([a-z_]+\)[sr]|[sr])")  # Qt's %1 and %n; Python's %(name)s and %s
_TAGS = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>|&[a-z]+;")


def placeholders(text: str) -> Counter:
    """What a translation must carry over unchanged: {name} fields, %1..%9 and %n, markup.

    A field may appear more often than in the source (a language that repeats the name where
    English says "its"; every copy is filled); markup must pair up exactly."""
    fields = set(_BRACES.findall(text) + _PERCENT.findall(text))
    return Counter(sorted(fields) + _TAGS.findall(text))


def messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _key(name: str, message: ET.Element) -> tuple[str, str, str]:
    return name, message.findtext("source") or "", message.findtext("comment") or ""


def _describe(key: tuple[str, str, str]) -> str:
    context, source, comment = key
    return f"[{context or '-'}] {source[:70]!r}" + (f" ({comment})" if comment else "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_has_a_finished_translation(language):
    unfinished = []
    for name, message in messages(I18N / f"watchdesk_{language}.ts"):
        translation = message.find("translation")
        forms = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            unfinished.append(_describe(_key(name, message)))
        elif message.get("numerus") == "yes" and len(forms) != LANGUAGES[language]:
            unfinished.append(f"{_describe(_key(name, message))}: {len(forms)} plural forms, "
                              f"{language} has {LANGUAGES[language]}")
    assert unfinished == [], f"{len(unfinished)} sentences without a finished {language} translation:\n" + \
        "\n".join(unfinished[:60])


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_drops_or_adds_a_placeholder(language):
    wrong = []
    for name, message in messages(I18N / f"watchdesk_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if form and placeholders(form) != placeholders(source):
                wrong.append(f"{_describe(_key(name, message))} -> {form[:70]!r}: "
                             f"expected {sorted(placeholders(source).elements())}, "
                             f"found {sorted(placeholders(form).elements())}")
    assert wrong == [], f"{language} translations that lose or invent a placeholder:\n" + "\n".join(wrong)


def test_the_placeholder_check_sees_what_a_translator_can_break():
    assert placeholders("Acknowledge {message_id} by %1 (%n left) <b>now</b>") == Counter(
        ["{message_id}", "%1", "%n", "<b>", "</b>"])
    assert placeholders("%1 的密钥于 %2 变更；请与 %1 核对") == placeholders("%1's key changed at %2; ask them")
    assert placeholders("%1 的密钥变更") != placeholders("%1's key changed at %2")
    assert placeholders("Подтвердить {message_id} к %1 (осталось %n) <b>сейчас</b>") == \
        placeholders("Acknowledge {message_id} by %1 (%n left) <b>now</b>")
    assert placeholders("确认 {message_ID}") != placeholders("Acknowledge {message_id}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_sources_hold_what_the_code_marks(language, tmp_path):
    """A sentence marked in the code but missing from the .ts would show in English."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is not installed beside this Python (PySide6-Essentials provides it)"
    fresh = tmp_path / f"fresh_{language}.ts"
    sources = sorted(str(p) for p in (REPO / "console").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-locations", "none", "-target-language", language, "-ts", str(fresh)],
                   check=True, capture_output=True)
    marked = {_key(n, m) for n, m in messages(fresh)}
    kept = {_key(n, m) for n, m in messages(I18N / f"watchdesk_{language}.ts")
            if m.find("translation").get("type") not in ("vanished", "obsolete")}
    missing, stale = sorted(marked - kept), sorted(kept - marked)
    assert (missing, stale) == ([], []), (
        f"resources/i18n/watchdesk_{language}.ts is behind the code; run `make translations` and translate.\n"
        f"marked in the code, not in the .ts ({len(missing)}):\n" + "\n".join(map(_describe, missing[:40])) +
        f"\nin the .ts, no longer in the code ({len(stale)}):\n" + "\n".join(map(_describe, stale[:40])))
