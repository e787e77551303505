"""Interoperability with an independent JOSE implementation: Node's `jose`
package (tests/interop/open.mjs and seal.mjs), written from docs/format.md.

A counterpart station will not run our code; these tests show that a file
our console seals opens elsewhere, and that a file sealed elsewhere by the
specification is accepted by our importer. tests/interop/keycard.mjs, with
Node's crypto alone, reads key cards as docs/format.md 8.1 to 8.3 say and
agrees with our reader on the kit's cards and the cards our console writes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from console.format import KeyCard, sealed_file_name
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage import notices as notice_rows
from tests.exchange.conftest import Clock, clock, folders, import_inbox, launch_draft, pair  # noqa: F401 - fixtures

INTEROP = Path(__file__).resolve().parent / "interop"
KIT = Path(__file__).resolve().parent / "vectors"
MANIFEST: dict[str, Any] = json.loads((KIT / "manifest.json").read_text(encoding="utf-8"))
# Every valid file of the kit (accepted, duplicate or held by our importer), with its expected payload.
VALID_VECTORS = [vector for vector in MANIFEST["vectors"] if vector["payload"] is not None]
CARDS = {counterpart["station_id"]: counterpart["card"]
         for counterpart in (MANIFEST["counterpart"], *MANIFEST["other_counterparts"])}
# Kit files whose defect is in the cryptography itself: any conforming library must refuse them.
CRYPTOGRAPHICALLY_BROKEN = [
    "bad-signature.wdn",
    "tag-altered.wdn",
    "jwe-enc-a128gcm.wdn",
    "jwe-rsa-oaep.wdn",
    "jws-alg-none.wdn",
    "jws-hs256.wdn",
]


def node_binary() -> str:
    """Node with `jose` installed; never skip: without them nothing here is tested."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("`node` is not on PATH: run `make test`, which checks the system packages the suite needs.")
    if not (INTEROP / "node_modules" / "jose" / "package.json").is_file():
        pytest.fail("tests/interop/node_modules has no `jose`: run `make test`, which installs it.")
    return node


def node_command(script: str, arguments: tuple[Path, ...]) -> list[str]:
    return [node_binary(), str(INTEROP / script), *map(str, arguments)]


def run_node(script: str, *arguments: Path) -> subprocess.CompletedProcess[str]:
    """Run a script that is expected to fail; the caller checks how."""
    return subprocess.run(
        node_command(script, arguments), cwd=INTEROP, capture_output=True, text=True, timeout=60, check=False
    )


# A refusal by jose itself carries one of its error codes; anything else (a missing
# Web Crypto API on an old Node, say) is a broken tool, not a refused file.
JOSE_REFUSAL = re.compile(r"^open\.mjs: (decryption|signature verification) failed: ERR_(JWE|JWS|JOSE)_[A-Z_]+ ")


def jose_refusal(result: subprocess.CompletedProcess[str]) -> str:
    """The one line open.mjs wrote about refusing the file; Node's own warnings
    (Node 18 calls X25519 experimental) may precede it on stderr."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("open.mjs: ")]
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert JOSE_REFUSAL.match(lines[0]), lines[0]
    return lines[0]


def run_node_ok(script: str, *arguments: Path) -> str:
    try:
        result = subprocess.run(
            node_command(script, arguments), cwd=INTEROP, capture_output=True, text=True, timeout=60, check=True
        )
    except subprocess.CalledProcessError as error:
        # The bare exception would hide node's explanation.
        pytest.fail(f"node {script} failed ({error.returncode}): {error.stderr.strip()}")
    return result.stdout


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def private_jwks(station: Station) -> dict[str, dict[str, str]]:
    """The station's current private keys as JWKs (handled only inside the test's temp dir)."""
    document = json.loads(station.current_keys.to_private_json())
    return {"signing": document["signing_key"], "encryption": document["encryption_key"]}


@pytest.fixture
def stations(pair):
    """Our station and the counterpart, introduced (tests/support/stations.py)."""
    return pair


def test_a_file_our_console_seals_opens_in_jose_with_the_same_notice_and_claims(
    stations, tmp_path: Path, clock: Clock
) -> None:
    us, them = stations
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice
    sealed = folders(us, "NRRC-RU").outbox / sent["sealed_file"]
    data = sealed.read_bytes()
    assert data.endswith(b"\n") and data.count(b"\n") == 1 and data.isascii()

    headers_out = tmp_path / "headers.json"
    stdout = run_node_ok(
        "open.mjs", sealed,
        write_json(tmp_path / "recipient.jwk", private_jwks(them)["encryption"]),
        write_json(tmp_path / "sender.jwk", us.own_card().signing_key),
        headers_out,
    )

    claims = json.loads(stdout)
    assert claims == {
        "iss": "NRRC-US",
        "aud": "NRRC-RU",
        "jti": sent["message_id"],
        "seq": 1,
        "iat": int(clock.now.timestamp()),
        "wdv": 1,
        "notice": json.loads(sent["notice_json"]),
    }
    assert claims["notice"]["body"]["remarks"] == "ZEBRA-7731 exercise launch"
    headers = json.loads(headers_out.read_text(encoding="utf-8"))
    assert headers["jwe"]["kid"] == them.current_keys.encryption_key_thumbprint
    assert headers["jwe"]["wd-sender"] == "NRRC-US" and headers["jwe"]["wd-msgid"] == sent["message_id"]
    assert headers["jws"] == {
        "alg": "EdDSA", "typ": "watchdesk-notice+jws", "kid": us.current_keys.signing_key_thumbprint
    }


def test_jose_cannot_open_our_file_with_another_stations_key(stations, tmp_path: Path, clock: Clock) -> None:
    # Shows open.mjs really decrypts: a key the file was not sealed to gets nothing.
    us, them = stations
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice
    result = run_node(
        "open.mjs", folders(us, "NRRC-RU").outbox / sent["sealed_file"],
        write_json(tmp_path / "wrong.jwk", private_jwks(us)["encryption"]),
        write_json(tmp_path / "sender.jwk", us.own_card().signing_key),
    )
    assert "ERR_JWE_DECRYPTION_FAILED" in jose_refusal(result)
    assert "ZEBRA" not in result.stdout


def test_a_file_jose_seals_by_the_specification_is_accepted_by_our_importer(
    stations, tmp_path: Path, clock: Clock
) -> None:
    us, them = stations
    message_id = str(uuid.uuid4())
    notice = launch_draft("NRRC-RU", clock) | {
        "format_version": 1,
        "message_id": message_id,
        "sequence": 1,
        "sender": "NRRC-US",
        "dtg": "2026-11-28T12:00:00Z",
        "drafted_by": "Lt A. Moreno",
        "released_by": "Cdr J. Hale",
    }
    notice["body"]["remarks"] = "Sealed by jose — Учебный пуск"
    claims = {"iss": "NRRC-US", "aud": "NRRC-RU", "jti": message_id, "seq": 1,
              "iat": int(clock.now.timestamp()), "wdv": 1}
    sealed = tmp_path / "sealed.wdn"
    run_node_ok(
        "seal.mjs",
        write_json(tmp_path / "notice.json", notice),
        write_json(tmp_path / "claims.json", claims),
        write_json(tmp_path / "sender.jwk", private_jwks(us)["signing"]),
        write_json(tmp_path / "recipient.jwk", them.own_card().encryption_key),
        sealed,
    )
    data = sealed.read_bytes()
    assert data.endswith(b"\n") and data.count(b"\n") == 1 and data.isascii()

    name = sealed_file_name("NRRC-US", "NRRC-RU", 1, message_id)
    inbox = folders(them, "NRRC-US").inbox
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_bytes(data)
    clock.advance(minutes=2)
    report = import_inbox(them, "NRRC-US")

    assert [(o.outcome, o.code) for o in report.outcomes] == [("accepted", "")], report.outcomes
    received = notice_rows.by_message_id(them.store, message_id)
    assert received is not None
    assert received.notice.to_dict() == notice
    assert received["direction"] == "in" and received["counterpart"] == "NRRC-US"
    assert received["sealed_sha256"] == hashlib.sha256(data).hexdigest()
    assert received["signing_key"] == us.current_keys.signing_key_thumbprint
    assert received["received_at"] == "2026-11-28T12:02:00Z"
    assert (folders(them, "NRRC-US").processed / name).read_bytes() == data


@pytest.mark.parametrize("vector", VALID_VECTORS, ids=[v["id"] for v in VALID_VECTORS])
def test_jose_opens_every_valid_file_of_the_test_kit_to_its_published_payload(
    vector: dict[str, Any], tmp_path: Path
) -> None:
    receiver_keys = json.loads((KIT / MANIFEST["receiver"]["private_keys"]).read_text(encoding="utf-8"))
    sender = vector["payload"]["iss"]
    sender_card = json.loads((KIT / CARDS[sender]).read_text(encoding="utf-8"))
    headers_out = tmp_path / "headers.json"
    stdout = run_node_ok(
        "open.mjs", KIT / "files" / vector["file"],
        write_json(tmp_path / "recipient.jwk", receiver_keys["encryption_key"]),
        write_json(tmp_path / "sender.jwk", sender_card["signing_key"]),
        headers_out,
    )
    assert json.loads(stdout) == vector["payload"]
    assert vector["inbox_name"] == sealed_file_name(sender, "RUS-NRRC", vector["payload"]["seq"],
                                                    vector["payload"]["jti"])
    # The fixed ephemeral key the kit publishes is the one in the file.
    epk = json.loads(headers_out.read_text(encoding="utf-8"))["jwe"]["epk"]
    assert epk["x"] == MANIFEST["sealing_values"][vector["sealing"]]["ephemeral_public_key"]


@pytest.mark.parametrize(
    "file", CRYPTOGRAPHICALLY_BROKEN, ids=[name.removesuffix(".wdn") for name in CRYPTOGRAPHICALLY_BROKEN]
)
def test_jose_refuses_the_test_kits_cryptographically_broken_files(file: str, tmp_path: Path) -> None:
    # An independent library agrees the kit's forgeries really are broken.
    receiver_keys = json.loads((KIT / MANIFEST["receiver"]["private_keys"]).read_text(encoding="utf-8"))
    sender_card = json.loads((KIT / MANIFEST["counterpart"]["card"]).read_text(encoding="utf-8"))
    result = run_node(
        "open.mjs", KIT / "files" / file,
        write_json(tmp_path / "recipient.jwk", receiver_keys["encryption_key"]),
        write_json(tmp_path / "sender.jwk", sender_card["signing_key"]),
    )
    assert result.stdout == ""
    jose_refusal(result)


@pytest.mark.parametrize("vector", MANIFEST["keycards"], ids=lambda vector: vector["id"])
def test_an_independent_key_card_reader_agrees_with_the_kits_key_cards(vector: dict[str, Any]) -> None:
    # keycard.mjs implements docs/format.md 8.1 to 8.3 with Node's crypto alone (no Watchdesk code).
    verdict = json.loads(run_node_ok("keycard.mjs", KIT / "keycards" / vector["file"]))

    assert verdict["code"] == vector["code"], verdict
    if vector["code"] is None:
        assert verdict["self_signed"] is vector["self_signed"]
        assert verdict["fingerprint"] == vector["fingerprint"]


def test_an_independent_key_card_reader_verifies_the_cards_our_console_writes(stations, tmp_path: Path) -> None:
    us, _them = stations
    card = us.own_card()
    # A name that needs JSON escapes and UTF-8 in the signed content.
    awkward = KeyCard.for_station(card.station_id, 'Centre "Nord" \\ Центр', us.current_keys)
    for name, written in (("ours.card.json", card), ("awkward.card.json", awkward)):
        path = tmp_path / name
        path.write_text(written.to_json(), encoding="utf-8")
        verdict = json.loads(run_node_ok("keycard.mjs", path))
        assert verdict == {"code": None, "self_signed": True, "fingerprint": card.fingerprint}
    document = json.loads(awkward.to_json())
    document["name"] = document["name"].replace("Nord", "Sud")
    (tmp_path / "altered.card.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert json.loads(run_node_ok("keycard.mjs", tmp_path / "altered.card.json"))["code"] == "self_signature_mismatch"
