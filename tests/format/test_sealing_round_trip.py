"""Sealing and opening: what the receiver gets back, what the file looks like
to any JOSE library, key rotation on both sides, and what seal() refuses."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest
from jwcrypto import jwe, jwk, jws

from console.format import (
    MAX_FILE_BYTES,
    KeyCard,
    RejectedFile,
    SealingError,
    StationKeys,
    open_sealed,
    peek,
    seal,
    sha256_hex,
)
from console.format.fields import base64url_decode

if TYPE_CHECKING:
    from conftest import Network

# The time the test network stamps on every file it seals.
ISSUED_AT = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


def test_round_trip_returns_the_notice_and_its_facts(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo, sequence=17)
    data = net.seal(notice, net.alpha, net.bravo)

    opened = net.open(data, net.bravo)

    assert opened.notice == notice
    assert opened.notice["body"]["remarks"] == "Кура — учебный пуск"
    assert (opened.sender, opened.recipient) == ("ALPHA", "BRAVO")
    assert opened.message_id == notice["message_id"]
    assert opened.sequence == 17
    assert opened.issued_at == ISSUED_AT
    assert opened.sha256 == hashlib.sha256(data).hexdigest() == sha256_hex(data)
    assert opened.signing_key_thumbprint == net.alpha.keys.signing_key_thumbprint
    assert opened.recipient_key_thumbprint == net.bravo.keys.encryption_key_thumbprint


def test_sealed_file_is_one_ascii_line_of_jwe_compact_serialization(net: Network) -> None:
    data = net.seal(net.notice(net.alpha, net.bravo), net.alpha, net.bravo)

    text = data.decode("ascii")
    assert text.endswith("\n") and text.count("\n") == 1
    assert len(text.rstrip("\n").split(".")) == 5


def test_outer_header_carries_exactly_the_specified_members(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo)
    data = net.seal(notice, net.alpha, net.bravo)

    header = json.loads(base64url_decode(data.decode("ascii").split(".")[0]))

    assert set(header) == {"alg", "enc", "kid", "cty", "epk", "wd-sender", "wd-msgid"}
    assert header["alg"] == "ECDH-ES+A256KW"
    assert header["enc"] == "A256GCM"
    assert header["cty"] == "watchdesk-notice+jws"
    assert header["kid"] == net.bravo.card.encryption_key_thumbprint
    assert header["wd-sender"] == "ALPHA"
    assert header["wd-msgid"] == notice["message_id"]
    assert set(header["epk"]) == {"kty", "crv", "x"} and header["epk"]["crv"] == "X25519"


def test_a_plain_jose_library_opens_the_file_with_only_the_key_cards(net: Network) -> None:
    # What a counterpart does with its own library: decrypt, then verify with our card.
    notice = net.notice(net.alpha, net.bravo, sequence=3)
    data = net.seal(notice, net.alpha, net.bravo)

    encrypted = jwe.JWE()
    encrypted.deserialize(data.decode("ascii").rstrip("\n"), net.bravo.keys.encryption_jwk())
    signed = jws.JWS()
    signed.deserialize(encrypted.payload.decode("ascii"), jwk.JWK(**net.alpha.card.signing_key))

    inner_header = json.loads(base64url_decode(encrypted.payload.decode("ascii").split(".")[0]))
    assert inner_header == {
        "alg": "EdDSA",
        "typ": "watchdesk-notice+jws",
        "kid": net.alpha.card.signing_key_thumbprint,
    }
    claims = json.loads(signed.payload)
    assert claims == {
        "iss": "ALPHA",
        "aud": "BRAVO",
        "jti": notice["message_id"],
        "seq": 3,
        "iat": int(ISSUED_AT.timestamp()),
        "wdv": 1,
        "notice": notice,
    }


def test_peek_reads_the_routing_header_without_any_key(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo)
    data = net.seal(notice, net.alpha, net.bravo)

    outer = peek(data)

    assert outer.sender == "ALPHA"
    assert outer.message_id == notice["message_id"]
    assert outer.recipient_key_thumbprint == net.bravo.card.encryption_key_thumbprint


def test_file_without_final_line_feed_is_still_accepted(net: Network) -> None:
    data = net.seal(net.notice(net.alpha, net.bravo), net.alpha, net.bravo)

    opened = net.open(data.rstrip(b"\n"), net.bravo)

    assert opened.sha256 == sha256_hex(data.rstrip(b"\n"))


def test_issue_time_is_whole_seconds_utc_whatever_zone_it_was_given_in(net: Network) -> None:
    local = datetime(2026, 11, 28, 15, 0, 0, 999_999, tzinfo=timezone(timedelta(hours=3)))
    notice = net.notice(net.alpha, net.bravo)
    data = seal(notice, net.alpha.keys, "ALPHA", net.bravo.card, local)

    opened = net.open(data, net.bravo)

    assert opened.issued_at == datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


def test_each_sealing_uses_a_fresh_ephemeral_key(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo)
    first = net.seal(notice, net.alpha, net.bravo)
    second = net.seal(notice, net.alpha, net.bravo)

    assert first != second
    assert net.open(first, net.bravo).notice == net.open(second, net.bravo).notice


# ----- rotation


def test_notice_sealed_to_our_previous_encryption_key_still_opens(net: Network) -> None:
    previous = net.bravo.keys
    current = StationKeys.generate()
    old_card = net.bravo.card
    data = seal(net.notice(net.alpha, net.bravo), net.alpha.keys, "ALPHA", old_card, ISSUED_AT)

    opened = open_sealed(data, "BRAVO", [current, previous], net.lookup)

    assert opened.recipient_key_thumbprint == previous.encryption_key_thumbprint


def test_notice_sealed_to_a_retired_key_is_for_another_recipient(net: Network) -> None:
    data = net.seal(net.notice(net.alpha, net.bravo), net.alpha, net.bravo)

    with pytest.raises(RejectedFile) as rejection:
        open_sealed(data, "BRAVO", [StationKeys.generate()], net.lookup)

    assert rejection.value.code == "wrong_recipient"


def test_counterpart_signing_with_its_new_key_verifies_once_the_new_card_is_on_record(net: Network) -> None:
    alpha_new = StationKeys.generate()
    new_card = KeyCard.for_station("ALPHA", "ALPHA centre", alpha_new)
    data = seal(net.notice(net.alpha, net.bravo), alpha_new, "ALPHA", net.bravo.card, ISSUED_AT)

    with pytest.raises(RejectedFile) as rejection:
        net.open(data, net.bravo)
    assert rejection.value.code == "bad_signature"

    net.signing_keys_on_record["ALPHA"] = [net.alpha.card.signing_key, new_card.signing_key]
    assert net.open(data, net.bravo).signing_key_thumbprint == alpha_new.signing_key_thumbprint


# ----- what seal() refuses to produce


def _refusal(net: Network, notice: dict[str, object], issued_at: datetime = ISSUED_AT, sender_id: str = "ALPHA") -> str:
    with pytest.raises(SealingError) as refusal:
        seal(notice, net.alpha.keys, sender_id, net.bravo.card, issued_at)
    return str(refusal.value)


def test_seal_refuses_a_notice_from_another_sender(net: Network) -> None:
    notice = net.notice(net.charlie, net.bravo)
    assert "sender" in _refusal(net, notice)


def test_seal_refuses_a_notice_for_another_recipient_than_the_card(net: Network) -> None:
    notice = net.notice(net.alpha, net.charlie)
    assert "recipient" in _refusal(net, notice)


@pytest.mark.parametrize(
    ("field", "value", "phrase"),
    [
        ("message_id", str(uuid.uuid4()).upper(), "message_id"),
        ("sequence", 0, "sequence"),
        ("sequence", 100_000_000, "sequence"),
        ("sequence", True, "sequence"),
        ("format_version", 2, "format version"),
    ],
)
def test_seal_refuses_bad_common_fields(net: Network, field: str, value: object, phrase: str) -> None:
    notice = net.notice(net.alpha, net.bravo)
    notice[field] = value
    assert phrase in _refusal(net, notice)


def test_seal_refuses_a_time_without_zone(net: Network) -> None:
    assert "time zone" in _refusal(net, net.notice(net.alpha, net.bravo), issued_at=datetime(2026, 11, 28, 12, 0))


def test_seal_refuses_a_notice_to_the_sending_station_itself(net: Network) -> None:
    notice = net.notice(net.bravo, net.bravo)
    with pytest.raises(SealingError, match="itself"):
        seal(notice, net.bravo.keys, "BRAVO", net.bravo.card, ISSUED_AT)


def test_seal_refuses_a_file_the_receiver_would_reject_as_oversize(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo)
    notice["body"]["remarks"] = "x" * MAX_FILE_BYTES
    assert "1,048,576" in _refusal(net, notice)


def test_seal_refuses_values_json_cannot_carry(net: Network) -> None:
    notice = net.notice(net.alpha, net.bravo)
    notice["body"]["impact_areas"][0]["radius"] = float("nan")
    assert "JSON" in _refusal(net, notice)
