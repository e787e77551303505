"""A script of timed traffic for the simulated counterpart: a rehearsal that plays the same every time.

A script is a JSON object with a list of events, each at a minute from the start:

    {"events": [
      {"minute": 5, "send": "launch_notification", "precedence": "FLASH", "name": "the flash"},
      {"minute": 12, "send": "cancellation", "of": "the flash"},
      {"minute": 15, "gap": 1},
      {"minute": 20, "key_change": true},
      {"minute": 25, "send": "general_communication"}
    ]}

`send` releases one EXERCISE notice of that kind (`precedence` as given, else as the simulator
chooses); an amendment, cancellation or post-launch report answers the launch notification an
earlier event `name`d (`of`), or else the latest one sent. `gap` releases that many notices whose
files are lost on the way: their sequence numbers never arrive. `key_change` makes a new key
generation; from then on the files are signed with it, and its key card is written for the
officers to receive (out of band, as a real counterpart's would be). docs/cli.md has the format.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from console.domain.notices import Kind, Precedence
from console.errors import WatchdeskError
from console.fsutil import atomic_write
from console.i18n import tr
from console.service.simulator import SIM_OFFICER

SENT_KINDS = (Kind.LAUNCH_NOTIFICATION, Kind.GENERAL_COMMUNICATION, Kind.AMENDMENT, Kind.CANCELLATION,
              Kind.POST_LAUNCH_REPORT)
ANSWERS = (Kind.AMENDMENT, Kind.CANCELLATION, Kind.POST_LAUNCH_REPORT)
_ACTIONS = ("send", "gap", "key_change")
_KEYS = {"send": {"minute", "send", "precedence", "name", "of"}, "gap": {"minute", "gap"},
         "key_change": {"minute", "key_change"}}


class ScriptError(WatchdeskError, ValueError):
    """The script cannot be played; the message names the event and what is wrong with it."""


@dataclass(frozen=True)
class ScriptEvent:
    number: int  # its place in the script, from 1, as the messages name it
    minute: float
    action: str  # send | gap | key_change
    kind: str | None = None
    precedence: str | None = None
    name: str | None = None
    of: str | None = None
    count: int = 1  # notices lost, for a gap


def load_script(path: Path) -> list[ScriptEvent]:
    """The events of a script file, in the order they are played (by minute, then as written)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScriptError(tr("the exercise script {path} does not exist.").format(path=path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScriptError(tr("the exercise script {path} is not JSON: {error}.").format(path=path, error=exc)) from None
    return parse_script(data, str(path))


def parse_script(data: object, source: str) -> list[ScriptEvent]:
    if not isinstance(data, dict) or not isinstance(data.get("events"), list) or set(data) != {"events"}:
        raise ScriptError(
            tr("{source} must be a JSON object with one member, \"events\", a list of events.").format(source=source))
    events = [_event(number, raw, source) for number, raw in enumerate(data["events"], 1)]
    events.sort(key=lambda event: (event.minute, event.number))
    named: set[str] = set()
    for event in events:
        if event.of is not None and event.of not in named:
            raise ScriptError(tr("{where}: \"of\" names {name}, which no event before it sends.").format(
                where=_where(source, event.number), name=repr(event.of)))
        if event.name is not None:
            if event.name in named:
                raise ScriptError(tr("{where}: the name {name} is taken already.").format(
                    where=_where(source, event.number), name=repr(event.name)))
            named.add(event.name)
    return events


def _where(source: str, number: int) -> str:
    """Which event a message is about: the script and the event's number."""
    return tr("{source}, event {number}").format(source=source, number=number)


def _event(number: int, raw: object, source: str) -> ScriptEvent:
    where = _where(source, number)
    if not isinstance(raw, dict):
        raise ScriptError(tr("{where} is not a JSON object.").format(where=where))
    actions = [action for action in _ACTIONS if action in raw]
    if len(actions) != 1:
        raise ScriptError(
            tr("{where} must have exactly one of \"send\", \"gap\" or \"key_change\".").format(where=where))
    action = actions[0]
    unknown = sorted(set(raw) - _KEYS[action])
    if unknown:
        # The member names and the action are the script's own words, not translated.
        not_part = (tr("{where}: {members} is not part of a {action} event (it takes {takes}).") if len(unknown) == 1
                    else tr("{where}: {members} are not part of a {action} event (it takes {takes})."))
        raise ScriptError(not_part.format(where=where, members=", ".join(unknown), action=action,
                                          takes=", ".join(sorted(_KEYS[action]))))
    minute = raw.get("minute")
    if isinstance(minute, bool) or not isinstance(minute, (int, float)) or not math.isfinite(minute) or minute < 0:
        raise ScriptError(
            tr("{where}: \"minute\" must be a number of minutes from the start, 0 or more.").format(where=where))
    if action == "gap":
        count = raw["gap"]
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 100:
            raise ScriptError(tr("{where}: \"gap\" must be how many notices are lost, 1 to 100.").format(where=where))
        return ScriptEvent(number, float(minute), action, count=count)
    if action == "key_change":
        if raw["key_change"] is not True:
            raise ScriptError(tr("{where}: \"key_change\" must be true.").format(where=where))
        return ScriptEvent(number, float(minute), action)
    kind = raw["send"]
    if kind not in [k.value for k in SENT_KINDS]:
        raise ScriptError(tr("{where}: \"send\" must be one of {kinds}, not {kind}.").format(
            where=where, kinds=", ".join(k.value for k in SENT_KINDS), kind=repr(kind)))
    precedence = raw.get("precedence")
    if precedence is not None and precedence not in [p.value for p in Precedence]:
        raise ScriptError(tr("{where}: \"precedence\" must be one of {precedences}.").format(
            where=where, precedences=", ".join(p.value for p in Precedence)))
    for field in ("name", "of"):
        if field in raw and (not isinstance(raw[field], str) or not raw[field].strip()):
            raise ScriptError(tr("{where}: \"{field}\" must be a non-empty text.").format(where=where, field=field))
    if "name" in raw and kind != Kind.LAUNCH_NOTIFICATION:
        raise ScriptError(
            tr("{where}: only a launch notification takes a \"name\" (the notice later events answer).").format(
                where=where))
    if "of" in raw and kind not in ANSWERS:
        raise ScriptError(
            tr("{where}: only an amendment, cancellation or post-launch report answers a notice (\"of\").").format(
                where=where))
    return ScriptEvent(number, float(minute), action, kind, precedence, raw.get("name"), raw.get("of"))


def play_script(
    simulator,
    events: list[ScriptEvent],
    *,
    minute_seconds: float = 60.0,
    say: Callable[[str], None] = print,
    card_path: Path | None = None,
    poll_seconds: float = 1.0,
    monotonic: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Play `events` on `simulator` (a SimulatedCounterpart), each at its minute after the start
    (`minute_seconds` to a minute: less for a quick rehearsal). Between events the simulator
    collects and, if it does, acknowledges our traffic every `poll_seconds`. A key change writes
    the new key card to `card_path`."""
    started = monotonic()
    sent: dict[str, dict] = {}
    for event in events:
        due = started + event.minute * minute_seconds
        while (left := due - monotonic()) > 0:
            sleep(min(left, poll_seconds))
            _answer(simulator, say)
        _answer(simulator, say)
        say(tr("minute {minute}: {what}").format(minute=f"{event.minute:g}",
                                                  what=_play(simulator, event, sent, card_path)))
    _answer(simulator, say)


def _answer(simulator, say: Callable[[str], None]) -> None:
    acknowledged = simulator.acknowledge_peer_traffic()
    if acknowledged:
        say(tr("acknowledged %n notice(s) of {peer}'s", None, acknowledged).format(peer=simulator.peer_id))


def _play(simulator, event: ScriptEvent, sent: dict[str, dict], card_path: Path | None) -> str:
    if event.action == "key_change":
        card = simulator.station.rotate_keys(SIM_OFFICER)
        if card_path is not None:
            atomic_write(card_path, card.to_json().encode() + b"\n", overwrite=True, mode=0o644)
            return tr("key change: a new key generation, fingerprint {fingerprint}; its new key card is {path} "
                      "(`watchdesk counterpart add` it, then compare the safety number)").format(
                fingerprint=card.fingerprint, path=card_path)
        return tr("key change: a new key generation, fingerprint {fingerprint}").format(fingerprint=card.fingerprint)
    if event.action == "gap":
        lost = []
        for _ in range(event.count):
            result = simulator.send_one("general_communication")
            # Lost on the way: the file never reaches the peer's inbox.
            (simulator.folders.outbox / result.notice["sealed_file"]).unlink(missing_ok=True)
            lost.append(str(result.notice["sequence"]))
        return tr("gap: sequence {sequences} released and lost on the way").format(sequences=", ".join(lost))
    target = sent[event.of] if event.of is not None else None
    if event.kind in ANSWERS and target is None and not simulator.latest_launches():
        raise ScriptError(tr("event {number}: a {kind} answers a launch notification, and this "
                             "desk has sent none yet; send one first, or name one with \"of\".").format(
            number=event.number, kind=Kind(event.kind).words))
    result = simulator.send_one(event.kind, prec=event.precedence, target=target)
    notice = result.notice
    if event.name is not None:
        sent[event.name] = notice.row
    if event.name:
        return tr("sent {kind} {precedence} seq {sequence} ({name})").format(
            kind=notice['kind'], precedence=notice['precedence'], sequence=notice['sequence'], name=event.name)
    return tr("sent {kind} {precedence} seq {sequence}").format(
        kind=notice['kind'], precedence=notice['precedence'], sequence=notice['sequence'])
