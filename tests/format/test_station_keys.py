"""A station's own keys: generation, storage form, public key set, thumbprints."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from console.format import StationKeys, StationKeysError, jwk_thumbprint, open_sealed, seal
from console.format.fields import base64url_decode

if TYPE_CHECKING:
    from conftest import Network

CREATED = datetime(2026, 1, 1, tzinfo=UTC)

# RFC 8037 appendix A.1 and A.3: an Ed25519 key and its RFC 7638 thumbprint.
RFC8037_PRIVATE = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_PUBLIC = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def test_thumbprint_matches_the_rfc_8037_example() -> None:
    keys = StationKeys.from_seeds(base64url_decode(RFC8037_PRIVATE), b"\x01" * 32, CREATED)

    assert keys.public_signing_jwk() == {"kty": "OKP", "crv": "Ed25519", "x": RFC8037_PUBLIC}
    assert keys.signing_key_thumbprint == RFC8037_THUMBPRINT
    assert jwk_thumbprint({"x": RFC8037_PUBLIC, "crv": "Ed25519", "kty": "OKP"}) == RFC8037_THUMBPRINT


def test_generated_keys_are_new_each_time() -> None:
    first, second = StationKeys.generate(), StationKeys.generate()

    assert first.signing_key_thumbprint != second.signing_key_thumbprint
    assert first.encryption_key_thumbprint != second.encryption_key_thumbprint


def test_private_json_round_trip_keeps_keys_that_still_open_our_mail(net: Network) -> None:
    stored = net.bravo.keys.to_private_json()
    restored = StationKeys.from_private_json(stored.encode("utf-8"))
    data = seal(net.notice(net.alpha, net.bravo), net.alpha.keys, "ALPHA", net.bravo.card, CREATED)

    assert restored.to_private_json() == stored
    assert restored.created == net.bravo.keys.created
    assert open_sealed(data, "BRAVO", [restored], net.lookup).sender == "ALPHA"


def test_public_key_set_holds_both_public_keys_and_nothing_private() -> None:
    keys = StationKeys.from_seeds(b"\x07" * 32, b"\x08" * 32, CREATED)

    key_set = keys.public_jwks()

    assert [key["use"] for key in key_set["keys"]] == ["sig", "enc"]
    assert [key["crv"] for key in key_set["keys"]] == ["Ed25519", "X25519"]
    assert [key["kid"] for key in key_set["keys"]] == [keys.signing_key_thumbprint, keys.encryption_key_thumbprint]
    assert all("d" not in key for key in key_set["keys"])


def test_repr_never_shows_private_key_material() -> None:
    keys = StationKeys.from_seeds(b"\x07" * 32, b"\x08" * 32, CREATED)
    private_d = json.loads(keys.to_private_json())["signing_key"]["d"]

    assert private_d not in repr(keys)
    assert keys.signing_key_thumbprint in repr(keys)


def _stored(**changes: object) -> str:
    document = json.loads(StationKeys.from_seeds(b"\x07" * 32, b"\x08" * 32, CREATED).to_private_json())
    document.update(changes)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("stored", "phrase"),
    [
        ("{not json", "not JSON"),
        ("[]", "not a JSON object"),
        (_stored(type="something-else"), "type"),
        (_stored(version=2), "version"),
        (_stored(created="yesterday"), "created"),
        (_stored(encryption_key=None), "encryption_key"),
        (_stored(signing_key={"kty": "OKP", "crv": "X25519", "x": "AA", "d": "AA"}), "Ed25519"),
        (
            _stored(signing_key=json.loads(_stored())["signing_key"] | {"x": RFC8037_PUBLIC}),
            "does not match",
        ),
        (_stored(signing_key=json.loads(_stored())["signing_key"] | {"d": "AAAA"}), "32 bytes"),
    ],
)
def test_damaged_stored_keys_are_refused_with_a_reason(stored: str, phrase: str) -> None:
    with pytest.raises(StationKeysError) as refusal:
        StationKeys.from_private_json(stored)

    assert phrase in str(refusal.value)


def test_seeds_must_be_32_bytes() -> None:
    with pytest.raises(StationKeysError, match="32 bytes"):
        StationKeys.from_seeds(b"\x01" * 31, b"\x02" * 32, CREATED)
