"""Every way a receiver must refuse a file, each with a file crafted to break
exactly one rule, and the stable code and plain message the operator sees."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwcrypto import jwe, jwk

from console.format import MAX_FILE_BYTES, REJECTION_CODES, RejectedFile, StationKeys, peek
from console.format.fields import base64url_decode, base64url_encode

if TYPE_CHECKING:
    from conftest import Network

# A station nobody has a key card for, and a key nobody has on record.
STRANGER_KEYS = StationKeys.from_seeds(b"\x44" * 32, b"\x45" * 32, datetime(2026, 1, 1, tzinfo=UTC))


@dataclass(frozen=True)
class Case:
    code: str
    build: Callable[[Network], bytes]
    receiver: str = "bravo"


def _sealed(net: Network) -> bytes:
    return net.seal(net.notice(net.alpha, net.bravo), net.alpha, net.bravo)


def _flip_middle_character(part: str) -> str:
    middle = len(part) // 2
    return part[:middle] + ("A" if part[middle] != "A" else "B") + part[middle + 1 :]


def _part(data: bytes, index: int) -> str:
    return data.decode("ascii").rstrip("\n").split(".")[index]


def _with_outer_header(**overrides: object) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        header = net.jwe_header("ALPHA", claims["jti"], net.bravo.card, **overrides)
        return net.forge(claims=claims, jwe_header=header)

    return build


def _replaced_outer_header(header: object) -> Callable[[Network], bytes]:
    # For header checks that come before decryption the rest of the file may stay as sealed.
    def build(net: Network) -> bytes:
        raw = header if isinstance(header, bytes) else json.dumps(header).encode()
        return net.replace_part(_sealed(net), 0, base64url_encode(raw))

    return build


def _with_inner_header(**overrides: object) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        return net.forge(jws_header=net.jws_header(net.alpha.keys, **overrides))

    return build


def _with_inner_header_bytes(header: bytes) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        inner = net.sign_by_hand(header, json.dumps(claims).encode(), net.alpha.keys)
        return _encrypt_inner(net, inner, claims["jti"])

    return build


def _encrypt_inner(net: Network, inner: str | bytes, message_id: str) -> bytes:
    header = net.jwe_header("ALPHA", message_id, net.bravo.card)
    return net.encrypt(inner, jwk.JWK(**net.bravo.card.encryption_key), header)


def _inner_signed_with(alg: str, key: jwk.JWK) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        inner = net.sign(claims, key, {"alg": alg, "typ": "watchdesk-notice+jws", "kid": "x"})
        return _encrypt_inner(net, inner, claims["jti"])

    return build


def _with_claims(**overrides: object) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        return net.forge(claims=net.claims(net.alpha, net.bravo, **overrides))

    return build


def _without_claim(name: str) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        del claims[name]
        return net.forge(claims=claims)

    return build


def _with_notice_field(name: str, value: object) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        claims["notice"][name] = value
        return net.forge(claims=claims)

    return build


def _without_notice_field(name: str) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        claims = net.claims(net.alpha, net.bravo)
        del claims["notice"][name]
        return net.forge(claims=claims)

    return build


def _with_payload(payload: bytes) -> Callable[[Network], bytes]:
    def build(net: Network) -> bytes:
        message_id = str(uuid.uuid4())
        inner = net.sign(payload, net.alpha.keys.signing_jwk(), net.jws_header(net.alpha.keys))
        return _encrypt_inner(net, inner, message_id)

    return build


def _rsa_encrypted(net: Network) -> bytes:
    # A counterpart tricked into using RSA would produce this; we must not read it.
    rsa_key = jwk.JWK.from_pyca(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    claims = net.claims(net.alpha, net.bravo)
    inner = net.sign(claims, net.alpha.keys.signing_jwk(), net.jws_header(net.alpha.keys))
    header = net.jwe_header("ALPHA", claims["jti"], net.bravo.card, alg="RSA-OAEP-256")
    return net.encrypt(inner, rsa_key, header)


def _direct_symmetric(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo)
    inner = net.sign(claims, net.alpha.keys.signing_jwk(), net.jws_header(net.alpha.keys))
    header = net.jwe_header("ALPHA", claims["jti"], net.bravo.card, alg="dir")
    return net.encrypt(inner, jwk.JWK.generate(kty="oct", size=256), header)


def _sealed_by_stranger(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo, iss="DELTA")
    claims["notice"]["sender"] = "DELTA"
    header = net.jwe_header("DELTA", claims["jti"], net.bravo.card)
    return net.forge(claims=claims, signer=STRANGER_KEYS, jwe_header=header)


def _sealed_to_charlie_labelled_for_bravo(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo)
    header = net.jwe_header("ALPHA", claims["jti"], net.bravo.card)
    return net.forge(claims=claims, jwe_header=header, encrypt_to=net.charlie.card)


def _outer_sender_rewritten(net: Network) -> bytes:
    # The routing headers are authenticated: editing them breaks decryption.
    sealed = _sealed(net)
    header = json.loads(_outer_header_bytes(sealed))
    header["wd-sender"] = "CHARLIE"
    return net.replace_part(sealed, 0, base64url_encode(json.dumps(header).encode()))


def _outer_header_bytes(data: bytes) -> bytes:
    return base64url_decode(_part(data, 0))


def _signed_by_stranger_claiming_alpha_key(net: Network) -> bytes:
    header = net.jws_header(STRANGER_KEYS, kid=net.alpha.keys.signing_key_thumbprint)
    return net.forge(signer=STRANGER_KEYS, jws_header=header)


def _payload_swapped_after_signing(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo)
    inner = net.sign(claims, net.alpha.keys.signing_jwk(), net.jws_header(net.alpha.keys))
    tampered = dict(claims, notice=dict(claims["notice"], precedence="FLASH"))
    header_part, _, signature = inner.split(".")
    inner = f"{header_part}.{base64url_encode(json.dumps(tampered).encode())}.{signature}"
    return _encrypt_inner(net, inner, claims["jti"])


def _sender_signs_for_someone_else(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo, iss="CHARLIE")
    claims["notice"]["sender"] = "CHARLIE"
    return net.forge(claims=claims)


def _forwarded_by_bravo_to_charlie(net: Network) -> bytes:
    # BRAVO received a genuine ALPHA notice and re-encrypts it, unchanged, for CHARLIE.
    sealed = _sealed(net)
    inner = net.decrypt_as(sealed, net.bravo)
    outer = peek(sealed)
    header = net.jwe_header(outer.sender, outer.message_id, net.charlie.card)
    return net.encrypt(inner, jwk.JWK(**net.charlie.card.encryption_key), header)


def _outer_message_id_differs(net: Network) -> bytes:
    claims = net.claims(net.alpha, net.bravo)
    header = net.jwe_header("ALPHA", str(uuid.uuid4()), net.bravo.card)
    return net.forge(claims=claims, jwe_header=header)


CASES: dict[str, Case] = {
    # size, before anything is parsed
    "oversize_garbage": Case("oversize", lambda net: b"A" * (MAX_FILE_BYTES + 1)),
    "oversize_valid_file_padded": Case(
        "oversize", lambda net: _sealed(net) + b"\n" * (MAX_FILE_BYTES + 1 - len(_sealed(net)))
    ),
    # encoding
    "non_ascii_appended": Case("not_ascii", lambda net: _sealed(net)[:-1] + "é\n".encode()),
    "utf8_byte_order_mark": Case("not_ascii", lambda net: b"\xef\xbb\xbf" + _sealed(net)),
    # framing
    "second_line_feed": Case("trailing_data", lambda net: _sealed(net) + b"\n"),
    "crlf_line_end": Case("trailing_data", lambda net: _sealed(net)[:-1] + b"\r\n"),
    "text_after_file": Case("trailing_data", lambda net: _sealed(net)[:-1] + b" signed: duty officer\n"),
    "two_files_concatenated": Case("trailing_data", lambda net: _sealed(net) + _sealed(net)),
    "empty_file": Case("not_jwe", lambda net: b""),
    "line_feed_only": Case("not_jwe", lambda net: b"\n"),
    "truncated_half": Case("not_jwe", lambda net: _sealed(net)[: len(_sealed(net)) // 2]),
    "bare_jws": Case("not_jwe", lambda net: (net.decrypt_as(_sealed(net), net.bravo) + "\n").encode()),
    "six_parts": Case("not_jwe", lambda net: _sealed(net)[:-1] + b".AAAA\n"),
    "empty_iv": Case("not_jwe", lambda net: net.replace_part(_sealed(net), 2, "")),
    "bad_base64url": Case("not_jwe", lambda net: net.replace_part(_sealed(net), 2, "A")),
    "json_serialization": Case(
        "not_jwe",
        lambda net: jwe.JWE(
            b"x", protected=json.dumps({"alg": "ECDH-ES+A256KW", "enc": "A256GCM"}),
            recipient=jwk.JWK(**net.bravo.card.encryption_key),
        ).serialize().encode(),
    ),
    # outer header
    "outer_header_not_json": Case("bad_jwe_header", _replaced_outer_header(b"not json")),
    "outer_header_array": Case("bad_jwe_header", _replaced_outer_header(["ECDH-ES+A256KW"])),
    "outer_header_duplicate_member": Case(
        "bad_jwe_header",
        _replaced_outer_header(
            b'{"alg":"ECDH-ES+A256KW","enc":"A256GCM","alg":"RSA-OAEP","kid":"k","cty":"watchdesk-notice+jws"}'
        ),
    ),
    "no_recipient_kid": Case("bad_jwe_header", _with_outer_header(kid=None)),
    "wrong_content_type": Case("bad_jwe_header", _with_outer_header(cty="JWT")),
    "no_sender_header": Case("bad_jwe_header", _with_outer_header(**{"wd-sender": None})),
    "bad_sender_header": Case("bad_jwe_header", _with_outer_header(**{"wd-sender": "alpha"})),
    "upper_case_message_id": Case(
        "bad_jwe_header",
        _with_outer_header(**{"wd-msgid": str(uuid.uuid4()).upper()}),
    ),
    # algorithms, outer
    "rsa_oaep_encryption": Case("disallowed_algorithm", _rsa_encrypted),
    "direct_symmetric_key": Case("disallowed_algorithm", _direct_symmetric),
    "ecdh_es_without_key_wrap": Case("disallowed_algorithm", _with_outer_header(alg="ECDH-ES")),
    "aes128_gcm": Case("disallowed_algorithm", _with_outer_header(enc="A128GCM")),
    "aes_cbc_hmac": Case("disallowed_algorithm", _with_outer_header(enc="A256CBC-HS512")),
    "compressed": Case("disallowed_algorithm", _with_outer_header(zip="DEF")),
    "outer_alg_none": Case("disallowed_algorithm", _replaced_outer_header({"alg": "none", "enc": "A256GCM"})),
    # algorithms, inner
    "inner_alg_none": Case(
        "disallowed_algorithm",
        lambda net: _encrypt_inner(net, net.unsigned_jws(net.claims(net.alpha, net.bravo)), str(uuid.uuid4())),
    ),
    "inner_hmac": Case("disallowed_algorithm", _inner_signed_with("HS256", jwk.JWK.generate(kty="oct", size=256))),
    "inner_ecdsa": Case(
        "disallowed_algorithm", _inner_signed_with("ES256", jwk.JWK.from_pyca(ec.generate_private_key(ec.SECP256R1())))
    ),
    "inner_fully_specified_ed25519": Case(
        "disallowed_algorithm", _inner_signed_with("Ed25519", jwk.JWK.generate(kty="OKP", crv="Ed25519"))
    ),
    # critical extensions
    "outer_crit": Case(
        "unknown_critical_header",
        _with_outer_header(crit=["wd-priority"], **{"wd-priority": "FLASH"}),
    ),
    "inner_crit": Case(
        "unknown_critical_header",
        lambda net: _with_inner_header_bytes(
            json.dumps(net.jws_header(net.alpha.keys, crit=["wd-ttl"], **{"wd-ttl": 60})).encode()
        )(net),
    ),
    # keys
    "sealed_to_another_station": Case(
        "wrong_recipient", lambda net: net.seal(net.notice(net.alpha, net.charlie), net.alpha, net.charlie)
    ),
    "unknown_sender": Case("unknown_sender", _sealed_by_stranger),
    "ciphertext_altered": Case(
        "decrypt_failed", lambda net: net.replace_part(_sealed(net), 3, _flip_middle_character(_part(_sealed(net), 3)))
    ),
    # Three bytes off the decoded tag, re-encoded canonically: the tag is short, not garbled.
    "tag_truncated": Case(
        "decrypt_failed",
        lambda net: net.replace_part(_sealed(net), 4, base64url_encode(base64url_decode(_part(_sealed(net), 4))[:-3])),
    ),
    "encrypted_key_altered": Case(
        "decrypt_failed", lambda net: net.replace_part(_sealed(net), 1, _flip_middle_character(_part(_sealed(net), 1)))
    ),
    "outer_sender_rewritten": Case("decrypt_failed", _outer_sender_rewritten),
    "kid_names_us_but_key_is_another": Case("decrypt_failed", _sealed_to_charlie_labelled_for_bravo),
    # inner structure
    "plain_json_inside": Case(
        "not_jws", lambda net: _encrypt_inner(net, json.dumps(net.claims(net.alpha, net.bravo)), str(uuid.uuid4()))
    ),
    "jws_with_line_feed_inside": Case(
        "not_jws",
        lambda net: _encrypt_inner(net, net.decrypt_as(_sealed(net), net.bravo) + "\n", peek(_sealed(net)).message_id),
    ),
    "inner_header_not_object": Case("bad_jws_header", _with_inner_header_bytes(b'["EdDSA"]')),
    "inner_type_jwt": Case("bad_jws_header", _with_inner_header(typ="JWT")),
    "inner_no_kid": Case("bad_jws_header", _with_inner_header(kid=None)),
    "unencoded_payload_flag": Case(
        "bad_jws_header", lambda net: _with_inner_header_bytes(
            json.dumps(net.jws_header(net.alpha.keys, b64=True)).encode()
        )(net)
    ),
    # signatures
    "signed_by_unknown_key": Case("bad_signature", lambda net: net.forge(signer=STRANGER_KEYS)),
    "signed_by_other_key_claiming_sender_kid": Case("bad_signature", _signed_by_stranger_claiming_alpha_key),
    "payload_swapped_after_signing": Case("bad_signature", _payload_swapped_after_signing),
    "signed_by_charlie_sent_as_alpha": Case("bad_signature", lambda net: net.forge(signer=net.charlie.keys)),
    # payload
    "payload_not_json": Case("not_json", _with_payload(b"LAUNCH NOTIFICATION")),
    "payload_array": Case("not_json", _with_payload(b"[1, 2, 3]")),
    "payload_not_utf8": Case("not_json", _with_payload(b'{"wdv": "\xff"}')),
    "payload_duplicate_claim": Case("not_json", _with_payload(b'{"wdv": 1, "wdv": 2}')),
    "version_2": Case("unknown_version", _with_claims(wdv=2)),
    "version_string": Case("unknown_version", _with_claims(wdv="1")),
    "version_true": Case("unknown_version", _with_claims(wdv=True)),
    "no_version": Case("missing_field", _without_claim("wdv")),
    "no_sequence_claim": Case("missing_field", _without_claim("seq")),
    "no_issue_time": Case("missing_field", _without_claim("iat")),
    "no_notice": Case("missing_field", _without_claim("notice")),
    "notice_without_sequence": Case("missing_field", _without_notice_field("sequence")),
    "notice_without_recipient": Case("missing_field", _without_notice_field("recipient")),
    "sequence_zero": Case("bad_field", _with_claims(seq=0)),
    "sequence_as_text": Case("bad_field", _with_claims(seq="1")),
    "sequence_nine_digits": Case("bad_field", _with_claims(seq=100_000_000)),
    "issue_time_fraction": Case("bad_field", _with_claims(iat=1795000000.5)),
    "audience_list": Case("bad_field", _with_claims(aud=["BRAVO"])),
    "notice_as_text": Case("bad_field", _with_claims(notice="LAUNCH")),
    # claims against the outside and against the notice
    "signed_sender_differs": Case("sender_mismatch", _sender_signs_for_someone_else),
    "forwarded_to_third_party": Case("forwarded", _forwarded_by_bravo_to_charlie, receiver="charlie"),
    "addressed_to_charlie_inside": Case("forwarded", _with_claims(aud="CHARLIE")),
    "outer_message_id_differs": Case("claims_mismatch", _outer_message_id_differs),
    "notice_sequence_differs": Case("claims_mismatch", _with_notice_field("sequence", 2)),
    "notice_recipient_differs": Case("claims_mismatch", _with_notice_field("recipient", "CHARLIE")),
    "notice_sender_differs": Case("claims_mismatch", _with_notice_field("sender", "CHARLIE")),
    "notice_message_id_differs": Case("claims_mismatch", _with_notice_field("message_id", str(uuid.uuid4()))),
    "notice_version_text": Case("claims_mismatch", _with_notice_field("format_version", "1")),
}


@pytest.mark.parametrize("case_name", sorted(CASES))
def test_receiver_rejects_file_with_stable_code_and_message(net: Network, case_name: str) -> None:
    case = CASES[case_name]
    data = case.build(net)
    with pytest.raises(RejectedFile) as rejection:
        net.open(data, getattr(net, case.receiver))
    assert rejection.value.code == case.code, rejection.value.message
    assert rejection.value.message.strip(), "the operator must be told which check failed"
    assert str(rejection.value) == rejection.value.message


def test_every_rejection_code_is_exercised_by_a_crafted_file() -> None:
    assert {case.code for case in CASES.values()} == set(REJECTION_CODES)


def test_unknown_sender_also_when_lookup_returns_no_keys(net: Network) -> None:
    net.signing_keys_on_record["ALPHA"] = []
    with pytest.raises(RejectedFile) as rejection:
        net.open(_sealed(net), net.bravo)
    assert rejection.value.code == "unknown_sender"
    assert "'ALPHA'" in rejection.value.message


def test_forwarding_under_the_forwarders_own_name_fails_the_signature(net: Network) -> None:
    # The other way to forward: claim to be the sender oneself. ALPHA's signature is not BRAVO's.
    sealed = _sealed(net)
    inner = net.decrypt_as(sealed, net.bravo)
    header = net.jwe_header("BRAVO", peek(sealed).message_id, net.charlie.card)
    forwarded = net.encrypt(inner, jwk.JWK(**net.charlie.card.encryption_key), header)
    with pytest.raises(RejectedFile) as rejection:
        net.open(forwarded, net.charlie)
    assert rejection.value.code == "bad_signature"


def test_file_of_exactly_the_size_limit_is_not_rejected_for_size(net: Network) -> None:
    data = b"A" * MAX_FILE_BYTES
    with pytest.raises(RejectedFile) as rejection:
        net.open(data, net.bravo)
    assert rejection.value.code == "not_jwe"


def test_messages_name_the_failed_check(net: Network) -> None:
    expectations = {
        "oversize_garbage": "1,048,576",
        "non_ascii_appended": "non-ASCII",
        "second_line_feed": "single line feed",
        "rsa_oaep_encryption": "RSA-OAEP-256",
        "aes128_gcm": "A128GCM",
        "inner_hmac": "HS256",
        "sealed_to_another_station": "another station",
        "forwarded_to_third_party": "'BRAVO'",
        "version_2": "format version 2",
        "no_sequence_claim": "'seq'",
        "notice_sequence_differs": "sequence",
    }
    for case_name, phrase in expectations.items():
        with pytest.raises(RejectedFile) as rejection:
            net.open(CASES[case_name].build(net), getattr(net, CASES[case_name].receiver))
        assert phrase in rejection.value.message, (case_name, rejection.value.message)


@pytest.mark.parametrize(
    "case_name",
    ["oversize_garbage", "non_ascii_appended", "second_line_feed", "empty_file", "outer_header_not_json",
     "rsa_oaep_encryption", "outer_crit", "no_sender_header"],
)
def test_peek_refuses_the_same_files_without_any_key(net: Network, case_name: str) -> None:
    case = CASES[case_name]
    with pytest.raises(RejectedFile) as rejection:
        peek(case.build(net))
    assert rejection.value.code == case.code


def test_rejected_file_refuses_codes_outside_the_published_list() -> None:
    with pytest.raises(ValueError):
        RejectedFile("something_new", "x")


def test_the_first_failed_check_in_spec_order_names_the_rejection(net: Network) -> None:
    def code_for(data: bytes) -> str:
        with pytest.raises(RejectedFile) as rejection:
            net.open(data, net.bravo)
        return rejection.value.code

    assert code_for(b"\xff" * (MAX_FILE_BYTES + 1)) == "oversize"
    rsa_and_critical = {"alg": "RSA-OAEP", "enc": "A256GCM", "crit": ["wd-x"], "wd-x": 1}
    assert code_for(_replaced_outer_header(rsa_and_critical)(net)) == "disallowed_algorithm"
    stranger_to_charlie = net.forge(
        claims=net.claims(net.alpha, net.charlie, iss="DELTA"),
        jwe_header=net.jwe_header("DELTA", str(uuid.uuid4()), net.charlie.card),
        encrypt_to=net.charlie.card,
    )
    assert code_for(stranger_to_charlie) == "wrong_recipient"
