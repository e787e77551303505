"""`watchdesk --language CODE`: the language of the command line's messages and help, chosen before the
parser is built; else the system's locale. The translation files are looked up through
console.i18n's catalogue, replaced here by a small one, so the tests need no .qm file."""

from __future__ import annotations

import pytest

from console import i18n
from console.cli.common import machine_readable
from console.cli.main import _names_a_command, build_parser, language_asked, main
from console.i18n.qm_reader import CompiledTranslations

NOTICES_HELP = "list the stored notices, or show one as the reading pane does"
OS_MARK_REFUSAL = ("--officer {given}: a name starting with '{mark}' is kept for the OS account, "
                   "which is used when --officer is left out.")
RUSSIAN = {
    NOTICES_HELP: "список хранимых извещений или одно из них, как в панели чтения",
    OS_MARK_REFUSAL: "--officer {given}: имя, начинающееся с '{mark}', оставлено для учётной записи ОС.",
    "No notices match.": "Подходящих извещений нет.",
}


@pytest.fixture(autouse=True)
def _language_restored(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_language(i18n.BUILT_IN)


@pytest.fixture
def russian_catalogue(monkeypatch):
    """Russian sentences for a few of the command line's texts; other languages have none."""
    catalogue = CompiledTranslations("ru", {("", source, ""): (text,) for source, text in RUSSIAN.items()})
    monkeypatch.setattr(i18n, "_catalogue", lambda language: catalogue if language == "ru" else None)


def test_language_option_sets_the_language_and_the_help_is_built_in_it(russian_catalogue, capsys):
    with pytest.raises(SystemExit) as shown:
        main(["--language", "ru", "--help"])
    assert shown.value.code == 0
    assert i18n.current_language() == "ru"
    help_text = " ".join(capsys.readouterr().out.split())  # as argparse wraps it
    assert RUSSIAN[NOTICES_HELP] in help_text
    assert NOTICES_HELP not in help_text


def test_the_failure_sentence_is_in_the_language_given(russian_catalogue, capsys):
    status = main(["--language", "ru_RU.UTF-8", "--officer", "os:dana", "notices", "list"])
    assert status == 1
    assert capsys.readouterr().err == "watchdesk: --officer 'os:dana': имя, начинающееся с 'os:', оставлено для " \
                                      "учётной записи ОС.\n"


def test_english_is_unchanged_without_a_language(russian_catalogue, capsys):
    status = main(["--officer", "os:dana", "notices", "list"])
    assert status == 1
    assert i18n.current_language() == "en"
    assert capsys.readouterr().err == "watchdesk: " + OS_MARK_REFUSAL.format(given="'os:dana'", mark="os:") + "\n"


def test_an_unknown_language_is_a_usage_error_naming_the_languages(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--language", "klingon", "notices", "list"])
    assert refused.value.code == 2
    error = capsys.readouterr().err
    assert "'klingon' is not a language of the console" in error
    for code in ("en", "ru", "zh_CN"):
        assert f"{code} (" in error
    assert i18n.current_language() == "en"  # the system's, as LANG=C.UTF-8 names none


def test_traditional_chinese_is_not_taken_for_simplified(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--language", "zh_TW", "--help"])
    assert refused.value.code == 2
    assert "'zh_TW' is not a language of the console" in capsys.readouterr().err


def test_the_system_locale_chooses_when_no_language_is_given(monkeypatch, russian_catalogue, capsys):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert i18n.current_language() == "ru"
    assert RUSSIAN[NOTICES_HELP] in " ".join(capsys.readouterr().out.split())


def test_the_option_wins_over_the_system_locale(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    with pytest.raises(SystemExit):
        main(["--language", "en", "--help"])
    assert i18n.current_language() == "en"


def test_the_option_after_the_command_counts_too(capsys):
    with pytest.raises(SystemExit) as shown:
        main(["notices", "list", "--language", "zh", "--help"])
    assert shown.value.code == 0
    assert i18n.current_language() == "zh_CN"
    assert "--language CODE" in capsys.readouterr().out


@pytest.mark.parametrize("argv, asked", [
    (["--language", "ru", "notices", "list"], "ru"),
    (["--language=zh_CN"], "zh_CN"),
    (["--lang", "ru"], "ru"),
    (["ack", "12", "--language", "ru"], "ru"),
    (["--officer", "--language", "ack", "12"], None),  # the officer's name, however odd
    (["send", "--", "--language", "ru"], None),  # after --, a value, not an option
    (["notices", "list"], None),
])
def test_the_language_is_read_before_the_parser_exists(argv, asked):
    assert language_asked(argv) == asked


def test_the_window_gets_the_language_given():
    assert _names_a_command(["--language", "ru"]) is False
    assert build_parser(with_commands=False).parse_args(["--language", "ru_RU"]).language == "ru"
    assert build_parser(with_commands=False).parse_args([]).language is None


def test_machine_readable_output_stays_english(russian_catalogue):
    i18n.set_language("ru")
    with machine_readable():
        assert i18n.tr("No notices match.") == "No notices match."
    assert i18n.tr("No notices match.") == RUSSIAN["No notices match."]
    with machine_readable(False):
        assert i18n.tr("No notices match.") == RUSSIAN["No notices match."]


def test_argparse_words_its_own_errors_in_the_console_language(monkeypatch, capsys):
    """'usage:' and 'the following arguments are required' come from argparse itself."""
    import argparse

    from console.cli import argparse_words
    from console.cli.main import main
    from console.i18n import lookup

    monkeypatch.setattr(argparse, "_", argparse._)  # restored after the test
    with pytest.raises(SystemExit) as exit_info:
        main(["--language", "ru", "print"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    usage = lookup("argparse", "usage: ", language="ru")
    required = lookup("argparse", "the following arguments are required: %s", language="ru")
    assert usage != "usage: " and error.startswith(usage)
    assert required.split("%s")[0].strip() in error
    assert argparse_words.argparse_sentence("a sentence argparse never says") == "a sentence argparse never says"


def test_machine_readable_output_is_english_and_leaves_the_language_as_it_was():
    """Inside a printout's speaking() too: the console's own language is not changed on the way out."""
    from console.i18n import current_language, speaking

    i18n.set_language("zh_CN")
    with speaking("ru"):
        with machine_readable():
            assert current_language() == "en"
        assert current_language() == "ru"
        with machine_readable(False):
            assert current_language() == "ru"
    assert current_language() == "zh_CN"
