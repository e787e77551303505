"""Coverage-guided fuzzing of the open-and-verify path with atheris (libFuzzer), for `make fuzz`.

    .venv/bin/python -m tests.reliability.fuzz_open --seed-corpus DIR [libFuzzer flags] CORPUS_DIR

The first byte of each input picks the way in (tests/reliability/fuzz_targets.py):
  0  the rest is a whole sealed file, through the importer's checks;
  1  the next byte picks a kit file and the rest replaces its outer JWE header;
  2  the rest is the content of a notice that the counterpart genuinely signed and sealed;
  3  the rest says how to change valid claims, field by field, before they are signed and sealed.
Anything raised other than our own refusals (RejectedFile, NoticeFormatError), and any kit file
that opens after a change, is a crash; libFuzzer's -timeout catches an input that hangs.
--seed-corpus DIR writes the kit's files, in each of the three forms, into DIR first.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["console", "jwcrypto", "tests.reliability.fuzz_targets"]):
    from tests.reliability import fuzz_targets

WAYS = 4


def test_one_input(data: bytes) -> None:
    if not data:
        return
    way, rest = data[0] % WAYS, data[1:]
    if way == 0:
        fuzz_targets.check_file(rest)
    elif way == 1:
        seed = fuzz_targets.SEEDS[rest[0] % len(fuzz_targets.SEEDS)] if rest else fuzz_targets.SEEDS[0]
        fuzz_targets.check_header(seed, rest[1:])
    elif way == 2:
        fuzz_targets.check_signed_payload(rest)
    else:
        fuzz_targets.check_mutated_claims(rest)


def write_seed_corpus(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for number, seed in enumerate(fuzz_targets.SEEDS):
        (folder / f"file-{number:02d}").write_bytes(b"\x00" + seed)
        header = seed.split(b".")[0]
        try:
            decoded = base64.urlsafe_b64decode(header + b"=" * (-len(header) % 4))
        except ValueError:
            decoded = header
        (folder / f"header-{number:02d}").write_bytes(b"\x01" + bytes([number]) + decoded)
        written += 2
    (folder / "signed-claims").write_bytes(b"\x02" + json.dumps(fuzz_targets.valid_claims()).encode("utf-8"))
    (folder / "claims-unchanged").write_bytes(b"\x03")
    (folder / "claims-one-change").write_bytes(b"\x03\x10\x01\x05")
    return written + 3


def main(argv: list[str]) -> None:
    if "--seed-corpus" in argv:
        at = argv.index("--seed-corpus")
        write_seed_corpus(Path(argv[at + 1]))
        del argv[at:at + 2]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
