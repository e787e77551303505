"""What the fuzzers feed, and the one rule they check: the open-and-verify path either accepts a
file, or refuses it with our own error; nothing else, ever.

Used by test_fuzz_open.py (hypothesis, bounded, in `make test`) and fuzz_open.py (atheris,
`make fuzz`). The seeds are the sealed-file test kit (tests/vectors/files), addressed to the
kit's receiver RUS-NRRC from USA-NRRC, whose keys the kit derives from published seeds.

Three ways in:
  * check_file: the file as bytes, through the importer's checks in the importer's order
    (peek, recipient, sender, open_sealed, the notice's wire shape).
  * check_signed_payload: bytes as the signed content of a notice that USA-NRRC really signed
    and sealed, so the checks behind the signature and the decryption are reached too.
  * check_mutated_claims: valid claims, changed field by field, genuinely signed and sealed.
  * check_header: a kit file whose outer JWE header is replaced by the given bytes.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from console.domain.errors import NoticeFormatError
from console.domain.notices import Notice
from console.format import KeyCard, OpenedNotice, RejectedFile, StationKeys, open_sealed, peek
from console.format.fields import base64url_encode
from tests.vectors import make_vectors

KIT = Path(__file__).resolve().parents[1] / "vectors"
MANIFEST = json.loads((KIT / "manifest.json").read_text(encoding="utf-8"))
RECEIVER_ID = MANIFEST["receiver"]["station_id"]
RECEIVER_KEYS = [StationKeys.from_private_json((KIT / MANIFEST["receiver"]["private_keys"]).read_text("utf-8"))]
SENDER_CARD = KeyCard.load((KIT / MANIFEST["counterpart"]["card"]).read_bytes())
SEEDS: list[bytes] = [(KIT / "files" / v["file"]).read_bytes() for v in MANIFEST["vectors"]]

# What the checks may raise: our own refusals. Anything else is a finding.
REFUSALS = (RejectedFile, NoticeFormatError)


class Accepted(AssertionError):
    """A file that the sender never made opened anyway."""


def sender_lookup(station_id: str):
    return [SENDER_CARD.signing_key] if station_id == SENDER_CARD.station_id else None


def _opens(data: bytes) -> bool:
    try:
        open_file(data)
    except REFUSALS:
        return False
    return True


def open_file(data: bytes) -> tuple[OpenedNotice, Notice]:
    """The importer's checks on one file's bytes, in its order."""
    header = peek(data)
    if header.recipient_key_thumbprint not in {k.encryption_key_thumbprint for k in RECEIVER_KEYS}:
        raise RejectedFile("wrong_recipient", "not for this station")
    if header.sender != SENDER_CARD.station_id:
        raise RejectedFile("unknown_sender", "not from the counterpart whose inbox it is in")
    opened = open_sealed(data, RECEIVER_ID, RECEIVER_KEYS, sender_lookup)
    return opened, Notice.from_dict(opened.notice)


def _genuine_bodies() -> set[bytes]:
    """Every sealed serialization in the kit that opens, without its final LF.

    Besides the valid files, this takes in those the kit breaks only around a genuine file (a
    byte order mark before it, a CR or a second file after it): a mutation that removes the
    damage yields a file the sender really made, which rightly opens.
    """
    bodies = set()
    for seed in SEEDS:
        for match in re.finditer(rb"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){4}", seed):
            if _opens(match.group(0)):
                bodies.add(match.group(0))
    return bodies


VALID_BODIES = _genuine_bodies()


def check_file(data: bytes) -> None:
    """A mutated file is refused, unless it is a file the sender made (with or without the final LF)."""
    try:
        open_file(data)
    except REFUSALS:
        return
    body = data[:-1] if data.endswith(b"\n") else data
    if body not in VALID_BODIES:
        raise Accepted(f"a changed file opened: {data[:80]!r}...")


def seal_payload(payload: bytes, message_id: str = "00000000-0000-4000-8000-000000000000") -> bytes:
    """`payload` signed by USA-NRRC and sealed to RUS-NRRC, as any writer would."""
    signed = make_vectors.signed_claims(payload)
    header = make_vectors.jwe_header(make_vectors.SENDER_ID, message_id)
    return make_vectors.as_file(
        make_vectors.encrypt_to(signed.encode("ascii"), make_vectors.encryption_public(make_vectors.RECEIVER.keys),
                                header)
    )


def check_signed_payload(payload: bytes) -> None:
    """Genuinely signed content may be accepted (it is the counterpart's word); it must never crash."""
    try:
        open_file(seal_payload(payload))
    except REFUSALS:
        return


def valid_claims() -> dict[str, Any]:
    notice = make_vectors.launch_notification("fuzz", 1)
    notice["message_id"] = "00000000-0000-4000-8000-000000000000"
    return make_vectors.claims_for(notice)


# Values a hostile but correctly signing counterpart might put anywhere in a notice.
HOSTILE_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 10**400, 1e308, -0.0, 0.5, "", "x" * 300, "Z", "NRRC-US",
    "2026-13-40T25:61:61Z", "2026-11-28T12:00:00+01:00", "9999-12-31T23:59:59Z", "00000000-0000-4000-8000-000000000000",
    "\u202eSTIXE", "\u0661\u0662\u0663", "\x00", "ICBM", "FLASH", "circle", "polygon", [], {}, [1], [{}], {"a": 1},
    {"lat": 91, "lon": 0}, {"lat": 0, "lon": 181}, [{"lat": 1, "lon": 1}] * 3, "NaN", "Infinity",
]


MAX_CHANGES = 12


def _slots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the tree, depth first, in a fixed order."""
    if isinstance(value, dict):
        for key in sorted(value):
            found.append((value, key))
            _slots(value[key], found)
    elif isinstance(value, list):
        for index in range(len(value)):
            found.append((value, index))
            _slots(value[index], found)
    return found


def mutated_claims(steps: bytes) -> dict[str, Any]:
    """Valid claims changed by `steps`, three bytes a change: where, what, and which value."""
    claims = valid_claims()
    steps = steps[: 3 * MAX_CHANGES]  # the time goes to the checks, not to building the input
    for at in range(0, len(steps) - 2, 3):
        slots = _slots(claims, [])
        if not slots:
            break  # everything deleted
        container, key = slots[steps[at] % len(slots)]
        what, which = steps[at + 1] % 3, steps[at + 2]
        if what == 0:
            if isinstance(container, dict):
                del container[key]
            else:
                container.pop(key)
        elif what == 1:
            # A copy: later steps change what they find in place, never the list of values.
            container[key] = copy.deepcopy(HOSTILE_VALUES[which % len(HOSTILE_VALUES)])
        else:
            # A near miss: the same value, a little off.
            old = container[key]
            if isinstance(old, bool) or old is None:
                container[key] = not old
            elif isinstance(old, (int, float)):
                container[key] = old + (which - 128)
            elif isinstance(old, str):
                container[key] = old[: which % (len(old) + 1)] + chr(which)
            elif isinstance(old, list):
                container[key] = old + copy.deepcopy(old[:1])
    return claims


def check_mutated_claims(steps: bytes) -> None:
    check_signed_payload(json.dumps(mutated_claims(steps)).encode("utf-8"))


def check_header(seed: bytes, header: bytes) -> None:
    """A kit file with its protected header replaced: refused, unless the header is unchanged."""
    parts = seed.rstrip(b"\n").split(b".")
    if len(parts) != 5:
        return
    replaced = b".".join([base64url_encode(header).encode("ascii"), *parts[1:]]) + b"\n"
    check_file(replaced)
