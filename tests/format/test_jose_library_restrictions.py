"""The JOSE library is the second line of defence: even if a file slipped past
our own header checks, the library calls are restricted to the one allowed
algorithm pair. These tests show jwcrypto's defaults would accept the file,
and that our restricted calls refuse it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from jwcrypto import jwe, jwk, jws

from console.format import RejectedFile
from console.format.envelope import _decrypt, _verify_signature

if TYPE_CHECKING:
    from conftest import Network


def _file_encrypted_with(net: Network, alg: str, enc: str) -> bytes:
    claims = net.claims(net.alpha, net.bravo)
    inner = net.sign(claims, net.alpha.keys.signing_jwk(), net.jws_header(net.alpha.keys))
    header = net.jwe_header("ALPHA", claims["jti"], net.bravo.card, alg=alg, enc=enc)
    return net.encrypt(inner, jwk.JWK(**net.bravo.card.encryption_key), header)


@pytest.mark.parametrize(
    ("alg", "enc"), [("ECDH-ES", "A256GCM"), ("ECDH-ES+A128KW", "A256GCM"), ("ECDH-ES+A256KW", "A128GCM")]
)
def test_restricted_decryption_refuses_what_the_library_default_accepts(net: Network, alg: str, enc: str) -> None:
    data = _file_encrypted_with(net, alg, enc)

    permissive = jwe.JWE()
    permissive.deserialize(data.decode("ascii").rstrip("\n"), net.bravo.keys.encryption_jwk())
    assert permissive.payload, "jwcrypto's default list accepts this algorithm pair"

    with pytest.raises(RejectedFile) as rejection:
        _decrypt(data, net.bravo.keys)
    assert rejection.value.code == "decrypt_failed"


def test_restricted_verification_refuses_the_fully_specified_ed25519_name(net: Network) -> None:
    # RFC 9864 "Ed25519" is a different algorithm identifier; version 1 allows "EdDSA" only.
    header = {"alg": "Ed25519", "typ": "watchdesk-notice+jws", "kid": net.alpha.keys.signing_key_thumbprint}
    token = net.sign(json.dumps(net.claims(net.alpha, net.bravo)).encode(), net.alpha.keys.signing_jwk(), header)

    permissive = jws.JWS()
    permissive.deserialize(token, jwk.JWK(**net.alpha.card.signing_key))
    assert permissive.payload, "jwcrypto's default list accepts Ed25519"

    with pytest.raises(RejectedFile) as rejection:
        _verify_signature(token.encode("ascii"), header["kid"], "ALPHA", [net.alpha.card.signing_key])
    assert rejection.value.code == "bad_signature"


def test_restricted_calls_accept_the_allowed_pair(net: Network) -> None:
    data = _file_encrypted_with(net, "ECDH-ES+A256KW", "A256GCM")

    inner = _decrypt(data, net.bravo.keys)
    payload = _verify_signature(inner, net.alpha.keys.signing_key_thumbprint, "ALPHA", [net.alpha.card.signing_key])

    assert json.loads(payload)["iss"] == "ALPHA"
