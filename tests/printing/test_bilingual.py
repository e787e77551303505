"""Records and watch logs printed in two languages (issue 18): each label in both, data once, the
original free text and its working translation marked as such, and Chinese in an embedded CJK font,
read back from the PDF with poppler (pdftotext, pdffonts).

The translations here are a small .ts of our own, compiled with pyside6-lrelease into a temporary
folder that stands in for resources/i18n: the test holds the mechanism, whatever the state of the
real translation files. One test runs on the installed files and only asks of them what any
complete translation gives.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from console.domain.schema import examples
from tests.printing.conftest import BANNER, pdf_pages, squeeze
from tests.printing.test_record import make_record

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

RUSSIAN = {
    "Launch area": "Район пуска",
    "Message": "Сообщение",
    "Launch notification": "Уведомление о пуске",
    "Kind": "Вид",
    "Precedence": "Срочность",
    "Remarks": "Примечания",
    "EXERCISE": "УЧЕНИЕ",
    "English": "английский",
    "Russian": "русский",
    "Original ({language})": "Оригинал ({language})",
    "Working translation into {language} by {officer}, {time} — not the original":
        "Рабочий перевод ({language}): {officer}, {time} — не оригинал",
    "Local {local}": "Местное {local}",
    "Watch log": "Журнал дежурства",
    "Acknowledgement": "Подтверждение получения",
    "{station_id} ({station_name})": "{station_id} «{station_name}»",
    "Received from {counterpart}": "Получено от {counterpart}",
}
CHINESE = {
    "Launch area": "发射区",
    "Message": "电文",
    "Launch notification": "发射通报",
    "Kind": "类型",
    "Remarks": "备注",
    "EXERCISE": "演习",
    "English": "英语",
    "Simplified Chinese": "简体中文",
    "Original ({language})": "原文（{language}）",
    "Working translation into {language} by {officer}, {time} — not the original":
        "工作译文（{language}）：{officer}，{time}——非原文",
    "Local {local}": "当地时间 {local}",
    "{station_id} ({station_name})": "{station_id}（{station_name}）",
    "Received from {counterpart}": "接收自 {counterpart}",
}

RUSSIAN_REMARKS = "Пуск в рамках учений. Район падения закрыт для судоходства."
ENGLISH_REMARKS = "Launch as part of an exercise. The impact area is closed to shipping."
CHINESE_REMARKS = "此次发射为演习的一部分，落区禁止船舶通行。"


@dataclass(frozen=True)
class Translation:
    """A working translation as console/service/working_translations.py gives it."""

    field: str
    language: str
    text: str
    translator: str
    created_at: datetime


def _ts(language: str, messages: dict[str, str]) -> str:
    entries = "".join(
        f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>"
        for source, text in messages.items()
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
            f"<context><name>PrintLabels</name>{entries}</context></TS>")


@pytest.fixture
def print_translations(tmp_path, monkeypatch):
    """Russian and Chinese PrintLabels compiled into a folder the console reads instead of resources/i18n."""
    import console.i18n as i18n

    folder = tmp_path / "i18n"
    folder.mkdir()
    for language, messages in (("ru", RUSSIAN), ("zh_CN", CHINESE)):
        source = folder / f"watchdesk_{language}.ts"
        source.write_text(_ts(language, messages), "utf-8")
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(folder / f"watchdesk_{language}.qm")],
                       check=True)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    i18n._catalogue.cache_clear()
    yield folder
    i18n._catalogue.cache_clear()


def _notice(remarks: str) -> dict:
    notice = copy.deepcopy(examples()["launch_notification"])
    notice["status"] = "EXERCISE"
    notice["body"]["remarks"] = remarks
    return notice


def _render(tmp_path: Path, data, name: str) -> tuple[Path, str]:
    from console.printing.record import render_record_pdf

    path = tmp_path / name
    render_record_pdf(data, path)
    return path, squeeze("\n".join(pdf_pages(path)))


def _fonts(path: Path) -> dict[str, list[str]]:
    """pdffonts' table: font name -> its columns (type..., encoding, emb, sub, uni, object, generation)."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return {line.split()[0]: line.split()[1:] for line in lines[2:] if line.strip()}


def test_a_record_in_english_and_russian_gives_each_label_in_both_and_the_data_once(qapp, tmp_path,
                                                                                   print_translations):
    translation = Translation("body.remarks", "en", ENGLISH_REMARKS, "Lt J. Park",
                              datetime(2026, 11, 28, 11, 58, tzinfo=timezone.utc))
    data = make_record(_notice(RUSSIAN_REMARKS), languages=("en", "ru"), free_text_language="ru",
                       working_translations=(translation,))
    path, text = _render(tmp_path, data, "en-ru.pdf")

    for english, russian in RUSSIAN.items():
        if "{" not in english and english not in ("English", "Russian", "Acknowledgement", "Watch log"):
            assert english.lower() in text.lower() and russian.lower() in text.lower(), (english, russian)
    assert "LAUNCH NOTIFICATION УВЕДОМЛЕНИЕ О ПУСКЕ" in text  # the title, label over label
    assert "Received from USA-NRRC (United States NRRC) Получено от USA-NRRC «United States NRRC»" in text
    # The original as received, marked in both languages, then the working translation, marked.
    assert "Original (Russian) / Оригинал (русский)" in text
    assert RUSSIAN_REMARKS in text
    assert ("Working translation into English by Lt J. Park, 2026-11-28 11:58Z — not the original / "
            "Рабочий перевод (английский): Lt J. Park, 2026-11-28 11:58Z — не оригинал") in text
    assert ENGLISH_REMARKS in text
    assert text.index(RUSSIAN_REMARKS) < text.index(ENGLISH_REMARKS)
    # Data once: the DTG with its agreed English month, the local time with the word in both.
    assert text.count("280530Z NOV 26") == 1
    assert "(Local / Местное 2026-11-28 08:30 MSK)" in text
    assert "\ufffd" not in text  # no language's line inside another's
    assert text.count(data.verification.sealed_sha256[:20]) == 1
    for number, page in enumerate(pdf_pages(path), start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == BANNER and lines[-1] == BANNER, number
    # Latin and Cyrillic in DejaVu Sans, embedded with a ToUnicode map.
    fonts = _fonts(path)
    assert fonts["DejaVuSans"][-5] == "yes" and fonts["DejaVuSans"][-3] == "yes"  # emb, uni


def test_a_record_in_english_and_chinese_embeds_the_cjk_font_and_gives_the_chinese_back(qapp, tmp_path,
                                                                                       print_translations):
    translation = Translation("body.remarks", "en", ENGLISH_REMARKS, "Lt J. Park",
                              datetime(2026, 11, 28, 11, 58, tzinfo=timezone.utc))
    data = make_record(_notice(CHINESE_REMARKS), languages=("en", "zh_CN"), free_text_language="zh_CN",
                       working_translations=(translation,))
    path, text = _render(tmp_path, data, "en-zh.pdf")

    fonts = _fonts(path)
    cjk = [name for name in fonts if name.startswith("NotoSansCJKsc")]
    assert cjk, f"no Noto Sans CJK SC in the PDF: {sorted(fonts)}"
    for name in cjk:
        assert fonts[name][-5] == "yes", f"{name} is not embedded"  # emb
        assert fonts[name][-3] == "yes", f"{name} has no ToUnicode map"  # uni
    # Not the Japanese forms fontconfig would choose by itself.
    assert not [name for name in fonts if name.startswith("NotoSansCJKjp")]

    for english, chinese in CHINESE.items():
        if "{" not in english and english not in ("English", "Simplified Chinese"):
            assert english.lower() in text.lower() and chinese in text, (english, chinese)
    assert "Original (Simplified Chinese) / 原文（简体中文）" in text
    assert CHINESE_REMARKS in text
    assert "Working translation into English by Lt J. Park, 2026-11-28 11:58Z — not the original" in text
    assert "工作译文（英语）：LtJ.Park，2026-11-2811:58Z——非原文" in "".join(text.split())  # wrapped anywhere
    assert ENGLISH_REMARKS in text
    assert text.count("280530Z NOV 26") == 1  # the DTG's month stays the agreed English one
    assert "\ufffd" not in text  # no language's line inside another's


def test_the_console_language_alone_prints_one_language_and_marks_a_translated_original(qapp, tmp_path,
                                                                                       print_translations):
    translation = Translation("body.remarks", "en", ENGLISH_REMARKS, "Lt J. Park",
                              datetime(2026, 11, 28, 11, 58, tzinfo=timezone.utc))
    data = make_record(_notice(RUSSIAN_REMARKS), free_text_language="ru", working_translations=(translation,))
    _path, text = _render(tmp_path, data, "en.pdf")
    assert "Launch area" in text and "Район пуска" not in text
    assert "Original (Russian) " + RUSSIAN_REMARKS in text
    assert "Working translation into English by Lt J. Park, 2026-11-28 11:58Z — not the original" in text

    # The same record printed Russian first: Russian labels lead, English under them.
    data = make_record(_notice(RUSSIAN_REMARKS), languages=("ru", "en"), free_text_language="ru")
    _path, text = _render(tmp_path, data, "ru-en.pdf")
    assert text.index("Район пуска") < text.index("Launch area")
    assert "Оригинал (русский) / Original (Russian)" in text and RUSSIAN_REMARKS in text
    # The local time as the leading language writes it; the UTC beside it as everywhere.
    assert "(Местное / Local 28.11.2026 08:30 MSK)" in text


def test_the_watch_log_in_two_languages(qapp, tmp_path, print_translations):
    from console.printing.watch_log import WatchLogData, WatchLogEntry, render_watch_log_pdf, utc_day

    start, end = utc_day(datetime(2026, 11, 28).date())
    entry = WatchLogEntry(direction="in", kind="launch_notification", precedence="FLASH", status="EXERCISE",
                          dtg=datetime(2026, 11, 28, 5, 30, tzinfo=timezone.utc), counterpart_id="NRRC-RU",
                          sequence=41, message_id="3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14")
    data = WatchLogData(station_id="NRRC-US", station_name="US NRRC", period_start=start, period_end=end,
                        officers=["Sam Avery"], entries=[entry], handling_banner=BANNER, printed_by="Sam Avery",
                        printed_at=datetime(2026, 11, 28, 23, 0, tzinfo=timezone.utc), languages=("en", "ru"))
    path = tmp_path / "log.pdf"
    render_watch_log_pdf(data, path)
    text = squeeze("\n".join(pdf_pages(path)))
    assert "WATCH LOG / ЖУРНАЛ ДЕЖУРСТВА" in text
    assert "Launch notification" in text and "Уведомление о пуске" in text
    assert "EXERCISE" in text and "УЧЕНИЕ" in text
    assert "Kind" in text and "Вид" in text


def test_chinese_without_a_cjk_font_is_refused_in_words(qapp, tmp_path, monkeypatch):
    from console.printing import fonts
    from console.printing.devices import PrintError
    from console.printing.record import render_record_pdf

    monkeypatch.setattr(fonts, "cjk_family", lambda: None)
    with pytest.raises(PrintError, match="Noto Sans CJK SC font .Debian package fonts-noto-cjk."):
        render_record_pdf(make_record(_notice(CHINESE_REMARKS), languages=("en", "zh_CN")), tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()
    render_record_pdf(make_record(_notice(RUSSIAN_REMARKS), languages=("en", "ru")), tmp_path / "ru.pdf")


def test_the_languages_are_read_as_the_console_names_them():
    from console.printing.labels import parse_languages

    assert parse_languages("en,ru") == ("en", "ru")
    assert parse_languages("en, zh-CN, en") == ("en", "zh_CN")
    assert parse_languages("") == ()
    with pytest.raises(ValueError, match="not translated into de"):
        parse_languages("en,de")


def test_the_installed_translations_print_a_bilingual_record(qapp, tmp_path):
    """On resources/i18n as installed: the record prints, each label once per language that words
    it differently, and a Chinese record carries its font."""
    from console.i18n import translation_file

    if not translation_file("ru").is_file() or not translation_file("zh_CN").is_file():
        pytest.fail("resources/i18n has no compiled .qm files: run make (the .qm are built from the .ts)")
    from console.i18n import lookup

    for languages, name in ((("en", "ru"), "installed-ru.pdf"), (("en", "zh_CN"), "installed-zh.pdf")):
        data = make_record(_notice(RUSSIAN_REMARKS), languages=languages, free_text_language="ru")
        path, text = _render(tmp_path, data, name)
        assert "Launch area" in text and RUSSIAN_REMARKS in text and "Original (Russian)" in text
        translated = lookup("PrintLabels", "Launch area", language=languages[1])
        assert translated != "Launch area", f"no {languages[1]} translation of the print labels installed"
        assert "".join(translated.split()) in "".join(text.split())
    assert any(font.startswith("NotoSansCJKsc") for font in _fonts(path))


@pytest.mark.keyring
def test_watchdesk_print_languages_on_a_real_station(real_keyring, tmp_path, capsys, print_translations):
    """`watchdesk print ID --languages en,ru` on a received notice with a working translation."""
    from console.cli.main import main as watchdesk
    from console.service.outgoing import Outgoing
    from console.service.station import Station
    from console.service.working_translations import add_working_translation
    from console.storage.counterparts import CounterpartBook
    from console.storage.keysource import KeyringKeySource
    from console.storage import notices as notice_rows
    from tests.exchange.conftest import introduce, launch_draft, make_station

    ours = tmp_path / "ours"
    assert watchdesk(["--data-dir", str(ours), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                      "--recovery-sheet", str(tmp_path / "sheet.pdf")]) == 0
    station = Station.open(ours, KeyringKeySource())
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", station.clock)
    introduce(station, them)

    class Now:
        now = datetime.now(timezone.utc).replace(microsecond=0)

    draft = launch_draft("NRRC-US", Now)
    draft["body"]["remarks"] = RUSSIAN_REMARKS
    sent = Outgoing(them).release(draft, "ivanov", approver="petrov").notice
    from tests.exchange.conftest import carry, import_inbox

    carry(them, station)
    import_inbox(station, "NRRC-RU")
    received = notice_rows.by_message_id(station.store, sent["message_id"])
    assert received is not None
    CounterpartBook(station.store).set_free_text_language("NRRC-RU", "ru", "alice", Now.now)
    add_working_translation(station, received.row["id"], field="body.remarks", language="en", text=ENGLISH_REMARKS,
                            translator="alice")
    station.close()
    them.close()

    pdf = tmp_path / "record.pdf"
    assert watchdesk(["--data-dir", str(ours), "print", sent["message_id"], "--languages", "en,ru",
                      "--pdf", str(pdf)]) == 0
    text = squeeze("\n".join(pdf_pages(pdf)))
    assert "Launch area" in text and "Район пуска" in text
    assert "Original (Russian) / Оригинал (русский)" in text and RUSSIAN_REMARKS in text
    assert "Working translation into English by alice" in text and ENGLISH_REMARKS in text

    capsys.readouterr()
    assert watchdesk(["--data-dir", str(ours), "print", sent["message_id"], "--languages", "en,fr",
                      "--pdf", str(tmp_path / "fr.pdf")]) != 0
    assert "not translated into fr" in capsys.readouterr().err
    assert not (tmp_path / "fr.pdf").exists()
    station = Station.open(ours, KeyringKeySource())
    prints = [row["details_json"] for row in station.store.db.query(
        "SELECT details_json FROM audit_log WHERE action = 'print'")]
    station.close()
    assert len(prints) == 1 and json.loads(prints[0])["languages"] == ["en", "ru"]


@pytest.fixture
def every_label_translated(tmp_path, monkeypatch):
    """A Russian in which every printed label reads differently from English («...»), placeholders
    kept: a label worded inside another language's line would show."""
    import console.i18n as i18n
    from console.printing.labels import LABELS

    folder = tmp_path / "pseudo-i18n"
    folder.mkdir()
    source = folder / "watchdesk_ru.ts"
    source.write_text(_ts("ru", {text: f"«{text}»" for text in LABELS.values()}), "utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(folder / "watchdesk_ru.qm")], check=True)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    i18n._catalogue.cache_clear()
    yield
    i18n._catalogue.cache_clear()


@pytest.fixture
def nesting(monkeypatch):
    """Every text laid out, checked: a further language's line never holds another one."""
    from console.printing import layout

    nested: list[str] = []
    lay_out = layout._second_lines

    def checked(text: str):
        depth = 0
        for char in text:
            if char == layout.SECOND_LINE_START:
                depth += 1
                if depth > 1:
                    nested.append(text)
            elif char == layout.SECOND_LINE_END:
                depth = max(depth - 1, 0)
        return lay_out(text)

    monkeypatch.setattr(layout, "_second_lines", checked)
    return nested


@pytest.mark.parametrize("direction", ["in", "out"])
def test_every_kind_in_two_languages_words_each_line_in_one_language(qapp, tmp_path, every_label_translated,
                                                                    nesting, direction):
    from console.printing.record import Acknowledgement

    for kind, notice in examples().items():
        notice = copy.deepcopy(notice)
        data = make_record(notice, direction=direction, languages=("en", "ru"), free_text_language="ru",
                           problem="acknowledges a message we never sent" if kind == "acknowledgement" else None,
                           override_reason="the window was agreed by telephone" if direction == "out" else None,
                           approved_by="Cdr J. Hale", status_stamp="CANCELLED by no. 37 at 1612Z",
                           ack_due_at=datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc),
                           acknowledgement=None if kind == "error" else Acknowledgement(
                               acknowledged_by="Capt O. Smirnova",
                               acknowledged_at=datetime(2026, 11, 28, 12, 7, tzinfo=timezone.utc)),
                           amendment_changes=(("window_start", "2026-11-29T06:00:00Z", "2026-11-29T07:00:00Z"),),
                           chain=((40, "launch_notification", "in", "2026-11-28T05:00:00Z", "x"),
                                  (41, kind, direction, "2026-11-28T05:30:00Z", notice["message_id"])),
                           working_translations=(Translation("body.reason", "en", "A reason", "Lt J. Park",
                                                             datetime(2026, 11, 28, 11, 58, tzinfo=timezone.utc)),))
        _path, text = _render(tmp_path, data, f"{kind}-{direction}.pdf")
        assert "\ufffd" not in text, kind
        assert "«Launch area»" in text or kind != "launch_notification"
    assert nesting == []


def test_the_whole_watch_log_in_two_languages_words_each_line_in_one_language(qapp, tmp_path,
                                                                              every_label_translated, nesting):
    import dataclasses

    from console.printing.watch_log import Attention, WatchChange, render_watch_log_pdf
    from tests.printing.test_watch_log import make_log

    data = make_log(30, languages=("en", "ru"), attention=[
        Attention(at=datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc), text="No. 7 re-sent as no. 9")],
        watch_changes=[WatchChange(at=datetime(2026, 11, 28, 8, 0, tzinfo=timezone.utc), officer="Capt O. Smirnova",
                                   handed_over_by="Maj I. Petrov")])
    data = dataclasses.replace(data, entries=[dataclasses.replace(e, ack_due_at=e.dtg + timedelta(minutes=1))
                                              for e in data.entries])
    path = tmp_path / "log.pdf"
    render_watch_log_pdf(data, path)
    text = squeeze("\n".join(pdf_pages(path)))
    assert "\ufffd" not in text and "«Watch log»" in text.replace("«WATCH LOG»", "«Watch log»")
    assert nesting == []
