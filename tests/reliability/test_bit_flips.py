"""Every single-bit flip of a sealed file is refused with a reason and quarantined; nothing is stored.

The open-and-verify path sees every bit of the file flipped, one at a time (18,744 flips of a
2,343-byte file, about 8 s). Through a station's inbox, where each refusal is also quarantined
with a reason file, `make test` flips a deterministic sample of WATCHDESK_BITFLIPS bits (2000,
about 3 s) and `make soak` every bit (WATCHDESK_BITFLIPS=all, about 30 s).
"""

from __future__ import annotations

import random
import uuid
from collections import Counter

from console.domain.notices import Notice
from console.format import REJECTION_CODES, RejectedFile, open_sealed, parse_sealed_file_name
from console.storage.counterparts import CounterpartBook
from tests.reliability.conftest import BITFLIPS, RECEIVER_ID, SEED, SENDER_ID, StationCopy
from tests.exchange.conftest import import_inbox


def flipped_bits(size: int, sample: str = BITFLIPS) -> list[int]:
    every = range(size * 8)
    if sample == "all":
        return list(every)
    return sorted(random.Random(SEED).sample(every, min(int(sample), size * 8)))


def flip(data: bytes, bit: int) -> bytes:
    changed = bytearray(data)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def name_for_flip(original: str, bit: int) -> str:
    """A sealed-file name of its own per flip, so they can all wait in the inbox at once."""
    parsed = parse_sealed_file_name(original)
    assert parsed is not None
    message_id = str(uuid.UUID(int=bit, version=4))
    return f"{parsed.sender}_{parsed.recipient}_{parsed.sequence:08d}_{message_id}.wdn"


def test_the_sample_is_large_enough():
    assert BITFLIPS == "all" or int(BITFLIPS) >= 2000


def test_no_single_bit_flip_opens(corpus, receiver: StationCopy):
    """The open-and-verify path alone, every bit: each flip is a RejectedFile with a known code."""
    path = corpus.small_file()
    data = path.read_bytes()
    station = receiver.inspect()
    try:
        senders = CounterpartBook(station.store).signing_keys
        codes: Counter[str] = Counter()
        for bit in flipped_bits(len(data), "all"):
            try:
                opened = open_sealed(flip(data, bit), RECEIVER_ID, station.keys, senders)
            except RejectedFile as exc:
                assert exc.code in REJECTION_CODES and exc.message, f"bit {bit}: {exc!r}"
                codes[exc.code] += 1
                continue
            Notice.from_dict(opened.notice)
            raise AssertionError(f"flipping bit {bit} (byte {bit // 8}) gave a file that opens: {opened.sha256}")
    finally:
        station.close()
    assert sum(codes.values()) == len(data) * 8
    print(f"reliability: {sum(codes.values())} bit flips of a {len(data)}-byte file refused: {dict(codes)}")


def test_every_flipped_file_in_the_inbox_is_quarantined_with_its_reason(corpus, ram_receiver: StationCopy):
    receiver = ram_receiver
    path = corpus.small_file()
    data = path.read_bytes()
    folders = receiver.folders()
    bits = flipped_bits(len(data))
    for bit in bits:
        (folders.inbox / name_for_flip(path.name, bit)).write_bytes(flip(data, bit))

    station = receiver.open()
    try:
        report = import_inbox(station, SENDER_ID)
        assert Counter(o.outcome for o in report.outcomes) == {"quarantined": len(bits)}
        assert all(o.code in REJECTION_CODES and o.message for o in report.outcomes)
        assert station.store.db["notices"].count == 0
        assert station.store.db["quarantine"].count == len(bits)
        assert station.verify_audit().ok
    finally:
        station.close()
    assert list(folders.inbox.iterdir()) == []
    by_name = {o.name: o.code for o in report.outcomes}
    for bit in bits:
        name = name_for_flip(path.name, bit)
        assert (folders.quarantine / name).read_bytes() == flip(data, bit)
        reason = (folders.quarantine / f"{name}.reason.txt").read_text("utf-8").splitlines()
        assert reason[0] == f"code: {by_name[name]}" and len(reason[1]) > len("message: ")
