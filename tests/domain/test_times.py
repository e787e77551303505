import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.times import (
    TimeFormatError,
    format_dtg,
    format_duration,
    format_local_beside,
    format_notam,
    format_rfc3339,
    parse_dtg,
    parse_notam,
    parse_rfc3339,
    utc_now,
)

NOON = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
minute_times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59), timezones=st.just(timezone.utc)
).map(lambda dt: dt.replace(second=0, microsecond=0))


def test_utc_now_is_aware_utc():
    now = utc_now()
    assert now.utcoffset() == timedelta(0)


def test_rfc3339_written_with_z_and_whole_seconds():
    assert format_rfc3339(NOON.replace(microsecond=999_999)) == "2026-11-28T12:00:00Z"


def test_rfc3339_converts_other_zones_to_utc():
    berlin = datetime(2026, 11, 28, 13, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert format_rfc3339(berlin) == "2026-11-28T12:00:00Z"


def test_naive_datetime_is_refused():
    with pytest.raises(TimeFormatError, match="no time zone"):
        format_rfc3339(datetime(2026, 11, 28, 12, 0))


def test_rfc3339_parses_to_aware_utc():
    assert parse_rfc3339("2026-11-28T12:00:00Z") == NOON


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-11-28T13:00:00+01:00", "offset '+01:00'"),
        ("2026-11-28T12:00:00", "no time zone"),
        ("2026-11-28T12:00:00z", "lower-case 'z'"),
        ("2026-11-28T12:00:00.5Z", "fractions of a second"),
        ("2026-11-28T12:00Z", "no seconds"),
        ("2026-11-28 12:00:00Z", "capital T"),
        (" 2026-11-28T12:00:00Z", "spaces around"),
        ("2026-13-28T12:00:00Z", "month 13 does not exist"),
        ("2026-02-30T12:00:00Z", "day 30 does not exist in FEB 2026"),
        ("2026-11-28T24:00:00Z", "hour 24"),
        ("2026-11-28T12:60:00Z", "minute 60"),
        ("2026-11-28T12:00:60Z", "second 60"),
        ("yesterday", "cannot read 'yesterday' as a UTC time"),
        # Arabic-Indic digits for the year: \d and int() would read them as 2026.
        ("\u0662\u0660\u0662\u0666-11-28T12:00:00Z", "expected the form 2026-11-28T12:00:00Z"),
    ],
)
def test_rfc3339_rejections_name_the_problem(text, problem):
    with pytest.raises(TimeFormatError, match=problem.replace("+", r"\+")):
        parse_rfc3339(text)


def test_rfc3339_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_rfc3339("not a time")


@given(st.datetimes(timezones=st.just(timezone.utc)).map(lambda dt: dt.replace(microsecond=0)))
def test_rfc3339_round_trip(moment):
    assert parse_rfc3339(format_rfc3339(moment)) == moment


def test_dtg_written_military_style():
    assert format_dtg(NOON) == "281200Z NOV 26"
    assert format_dtg(datetime(2019, 12, 22, 23, 0, tzinfo=timezone.utc)) == "222300Z DEC 19"


@pytest.mark.parametrize("text", ["281200Z NOV 26", "281200ZNOV26", "281200z nov 26", "  281200Z  NOV  26 "])
def test_dtg_read_in_common_spellings(text):
    assert parse_dtg(text) == NOON


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("281200Z NOP 26", "'NOP' is not a month"),
        ("311200Z NOV 26", "day 31 does not exist in NOV 2026"),
        ("282500Z NOV 26", "hour 25"),
        ("2812Z NOV 26", "expected the form 281200Z NOV 26"),
    ],
)
def test_dtg_rejections_name_the_problem(text, problem):
    with pytest.raises(TimeFormatError, match=problem):
        parse_dtg(text)


@given(minute_times)
def test_dtg_round_trip(moment):
    assert parse_dtg(format_dtg(moment)) == moment


def test_notam_time():
    assert format_notam(NOON) == "2611281200"
    assert parse_notam("2611281200") == NOON


@pytest.mark.parametrize(
    ("text", "problem"),
    [("261128120", "ten digits"), ("2613281200", "month 13"), ("2611281261", "minute 61")],
)
def test_notam_rejections_name_the_problem(text, problem):
    with pytest.raises(TimeFormatError, match=problem):
        parse_notam(text)


@given(minute_times)
def test_notam_round_trip(moment):
    assert parse_notam(format_notam(moment)) == moment


def test_local_time_shown_beside_utc():
    assert format_local_beside(NOON, ZoneInfo("Europe/Berlin")) == "12:00Z (13:00 CET)"
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
    assert format_local_beside(summer, ZoneInfo("Europe/Berlin")) == "12:00Z (14:00 CEST)"


def test_local_time_flags_a_different_calendar_day():
    late = datetime(2026, 11, 28, 23, 30, tzinfo=timezone.utc)
    assert format_local_beside(late, ZoneInfo("Europe/Moscow")) == "23:30Z (02:30 MSK +1d)"
    early = datetime(2026, 11, 28, 2, 0, tzinfo=timezone.utc)
    assert format_local_beside(early, ZoneInfo("America/New_York")) == "02:00Z (21:00 EST -1d)"


def test_zone_without_abbreviation_shown_as_offset():
    assert format_local_beside(NOON, ZoneInfo("Asia/Dubai")) == "12:00Z (16:00 UTC+4)"
    assert format_local_beside(NOON, ZoneInfo("Asia/Kathmandu")) == "12:00Z (17:45 UTC+5:45)"


@pytest.fixture
def workstation_in_tokyo(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_zone_defaults_to_workstation_zone(workstation_in_tokyo):
    assert format_local_beside(NOON) == "12:00Z (21:00 JST)"


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(seconds=20), "less than 1 min"),
        (timedelta(minutes=45), "45 min"),
        (timedelta(hours=3, minutes=10), "3 h 10 min"),
        (timedelta(hours=24), "24 h"),
        (timedelta(hours=47, minutes=59), "47 h 59 min"),
        (timedelta(days=7), "7 d"),
        (timedelta(days=2, hours=4, minutes=30), "2 d 4 h"),
        (-timedelta(hours=2), "2 h"),
    ],
)
def test_duration_in_officer_words(span, text):
    assert format_duration(span) == text


def test_the_local_date_and_time_is_written_as_the_language_in_force_writes_it():
    """Paper's local column: ISO in English, the language's own form in Russian and Chinese; the
    UTC part beside it never changes (format_utc_date_time)."""
    from zoneinfo import ZoneInfo

    from console.domain.times import format_local_date_time, format_utc_date_time
    from console.i18n import speaking

    moment = datetime(2026, 11, 28, 22, 30, tzinfo=timezone.utc)
    moscow, beijing = ZoneInfo("Europe/Moscow"), ZoneInfo("Asia/Shanghai")
    assert format_local_date_time(moment, moscow) == "2026-11-29 01:30 MSK"
    with speaking("ru"):
        assert format_local_date_time(moment, moscow) == "29.11.2026 01:30 MSK"
        assert format_utc_date_time(moment) == "2026-11-28 22:30:00Z"
    with speaking("zh_CN"):
        assert format_local_date_time(moment, beijing) == "2026/11/29 06:30 CST"


def test_the_screen_gives_the_local_date_beside_utc_as_the_language_writes_it(monkeypatch):
    """The windows' times: UTC exactly as in every language, the local part in the language's form,
    the same as paper's (format_local_date_time), with the date only when it is another day."""
    from console.domain.times import format_utc_with_local
    from console.i18n import speaking

    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    try:
        late = datetime(2026, 11, 28, 22, 30, 5, tzinfo=timezone.utc)  # 01:30 the next day in Moscow
        noon = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
        assert format_utc_with_local(late, seconds=True) == "2026-11-28 22:30:05Z (11-29 01:30:05 MSK)"
        with speaking("ru"):
            assert format_utc_with_local(late, seconds=True) == "2026-11-28 22:30:05Z (29.11.2026 01:30:05 MSK)"
            assert format_utc_with_local(noon) == "2026-11-28 12:00Z (15:00 MSK)"
        with speaking("zh_CN"):
            assert format_utc_with_local(late) == "2026-11-28 22:30Z (2026/11/29 01:30 MSK)"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
