"""Small signed documents (docs/bundle-format.md section 8). Real libsodium, no mocks."""

from __future__ import annotations

import copy
import json
from typing import Any

import nacl.signing
import pytest

from fieldkit.crypto.signed_doc import (
    DEFAULT_MAX_DOCUMENT_BYTES,
    FORMATS,
    PURPOSES,
    SignedDocumentInvalid,
    open_document,
    peek_unverified_document,
    sign_document,
)
from fieldkit.domain import canonical
from fieldkit.domain.errors import FieldKitError

HQ = nacl.signing.SigningKey.generate()
HQ_SEED, HQ_PUBLIC = bytes(HQ), bytes(HQ.verify_key)
OTHER = nacl.signing.SigningKey.generate()
LAPTOP = nacl.signing.SigningKey.generate()
KINDS = ["provisioning", "enrollment", "roster", "receipt"]


def _doc(kind: str) -> dict[str, Any]:
    org = "0b7e0c1e-6c2d-4f43-9d57-2f1f0c3b9a10"
    profile = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
    hex32 = "ab" * 32
    docs: dict[str, dict[str, Any]] = {
        "provisioning": {
            "format": "fieldkit.provisioning/1",
            "org_id": org,
            "org_name": "Правозахисна група «Схід»",
            "hq_signing_public": HQ_PUBLIC.hex(),
            "hq_box_public": hex32,
            "clinical_box_public": hex32,
            "inbox_url": None,
            "issued_at": "2026-12-01T19:20:05.123456Z",
        },
        "enrollment": {
            "format": "fieldkit.enrollment-request/1",
            "org_id": org,
            "profile_id": profile,
            "name": "Olena Kovalenko",
            "role": "interviewer",
            "device": "Laptop 7 (Kraków)",
            "signing_public": bytes(LAPTOP.verify_key).hex(),
            "box_public": hex32,
            "created_at": "2026-12-01T19:20:05.123456Z",
        },
        "roster": {
            "format": "fieldkit.roster/1",
            "org_id": org,
            "version": 7,
            "issued_at": "2026-12-01T19:20:05.123456Z",
            "devices": [
                {
                    "profile_id": profile,
                    "name": "Olena Kovalenko",
                    "role": "interviewer",
                    "device": "Laptop 7 (Kraków)",
                    "signing_public": hex32,
                    "box_public": hex32,
                    "status": "active",
                    "changed_at": "2026-11-30T08:00:00.000000Z",
                }
            ],
        },
        "receipt": {
            "format": "fieldkit.receipt/1",
            "org_id": org,
            "profile_id": profile,
            "bundle_seq": 4,
            "bundle_hash": hex32,
            "revisions": [hex32, "cd" * 32],
            "exhibits": ["ef" * 32],
            "issued_at": "2026-12-01T19:20:05.123456Z",
        },
    }
    return docs[kind]


def _seed(kind: str) -> bytes:
    return bytes(LAPTOP) if kind == "enrollment" else HQ_SEED


def _public(kind: str) -> bytes:
    return bytes(LAPTOP.verify_key) if kind == "enrollment" else HQ_PUBLIC


def _raw_signed(purpose: bytes, document: dict[str, Any], seed: bytes = HQ_SEED) -> bytes:
    """Sign by hand, bypassing sign_document's own checks."""
    signature = nacl.signing.SigningKey(seed).sign(purpose + b"\x00" + canonical.dumps(document))
    return canonical.dumps({"document": document, "signature": signature.signature.hex()})


def _invalid(kind: str, data: bytes, public: bytes | None = None, **kw: int) -> str:
    with pytest.raises(SignedDocumentInvalid) as info:
        open_document(kind, data, public or _public(kind), **kw)
    assert info.value.code == "document.invalid"
    assert isinstance(info.value, FieldKitError)
    return info.value.message


@pytest.mark.parametrize("kind", KINDS)
def test_round_trip(kind: str) -> None:
    document = _doc(kind)
    data = sign_document(kind, document, _seed(kind))
    assert open_document(kind, data, _public(kind)) == document
    parsed = canonical.parse(data)
    assert set(parsed) == {"document", "signature"}
    # The signature is exactly the one section 8 describes.
    message = PURPOSES[kind] + b"\x00" + canonical.dumps(document)
    nacl.signing.VerifyKey(_public(kind)).verify(message, bytes.fromhex(parsed["signature"]))


def test_purposes_and_formats_are_the_specs() -> None:
    assert dict(PURPOSES) == {
        "provisioning": b"fieldkit.provisioning-signature/1",
        "enrollment": b"fieldkit.enrollment-signature/1",
        "roster": b"fieldkit.roster-signature/1",
        "receipt": b"fieldkit.receipt-signature/1",
    }
    assert dict(FORMATS) == {
        "provisioning": "fieldkit.provisioning/1",
        "enrollment": "fieldkit.enrollment-request/1",
        "roster": "fieldkit.roster/1",
        "receipt": "fieldkit.receipt/1",
    }
    assert DEFAULT_MAX_DOCUMENT_BYTES == 4 << 20


@pytest.mark.parametrize("kind", KINDS)
def test_wrong_key(kind: str) -> None:
    data = sign_document(kind, _doc(kind), _seed(kind))
    message = _invalid(kind, data, bytes(OTHER.verify_key))
    assert "is not signed by" in message


def test_wrong_key_message_names_the_kind() -> None:
    data = sign_document("receipt", _doc("receipt"), bytes(OTHER))
    message = _invalid("receipt", data, HQ_PUBLIC)
    assert message.startswith("This receipt is not signed by your organisation's HQ key.")
    assert HQ_PUBLIC.hex() not in message


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("receipt", "bundle_seq", 5),
        ("roster", "version", 8),
        ("provisioning", "hq_box_public", "cd" * 32),
        ("enrollment", "role", "psychologist"),
    ],
)
def test_tampered_field(kind: str, field: str, value: object) -> None:
    parsed = canonical.parse(sign_document(kind, _doc(kind), _seed(kind)))
    parsed["document"][field] = value
    _invalid(kind, canonical.dumps(parsed))


def test_tampered_nested_field() -> None:
    parsed = canonical.parse(sign_document("roster", _doc("roster"), HQ_SEED))
    parsed["document"]["devices"][0]["status"] = "revoked"
    _invalid("roster", canonical.dumps(parsed))


def test_tampered_signature() -> None:
    parsed = canonical.parse(sign_document("roster", _doc("roster"), HQ_SEED))
    signature = bytearray(bytes.fromhex(parsed["signature"]))
    signature[10] ^= 1
    parsed["signature"] = signature.hex()
    _invalid("roster", canonical.dumps(parsed))


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: json.dumps(d, ensure_ascii=False, sort_keys=True).encode(),  # whitespace
        lambda d: json.dumps(d, sort_keys=True, separators=(",", ":")).encode(),  # \u escapes
        lambda d: json.dumps(
            {"signature": d["signature"], "document": d["document"]},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode(),  # key order
        lambda d: canonical.dumps(d) + b"\n",
        lambda d: b"\xef\xbb\xbf" + canonical.dumps(d),
        lambda d: canonical.dumps(d)[:-1] + b',"signature":"00"}',  # duplicate key
    ],
)
def test_non_canonical_bytes(mangle: Any) -> None:
    data = sign_document("provisioning", _doc("provisioning"), HQ_SEED)
    message = _invalid("provisioning", mangle(canonical.parse(data)))
    assert "provisioning file" in message


def test_a_receipt_signature_is_not_valid_for_a_roster() -> None:
    receipt = sign_document("receipt", _doc("receipt"), HQ_SEED)
    _invalid("roster", receipt, HQ_PUBLIC)
    # Even with a roster format inside, the receipt purpose does not verify as a roster.
    disguised = _raw_signed(PURPOSES["receipt"], _doc("roster"))
    _invalid("roster", disguised, HQ_PUBLIC)
    assert open_document("receipt", _raw_signed(PURPOSES["receipt"], _doc("receipt")), HQ_PUBLIC)


@pytest.mark.parametrize("kind", KINDS)
def test_every_purpose_is_distinct(kind: str) -> None:
    for other in KINDS:
        if other != kind:
            data = _raw_signed(PURPOSES[other], _doc(kind), _seed(kind))
            _invalid(kind, data)


def test_oversized() -> None:
    data = sign_document("roster", _doc("roster"), HQ_SEED)
    assert "too large" in _invalid("roster", data, max_bytes=len(data) - 1)
    assert open_document("roster", data, HQ_PUBLIC, max_bytes=len(data))
    roster = _doc("roster")
    roster["devices"] = roster["devices"] * 20_000
    big = sign_document("roster", roster, HQ_SEED)
    assert len(big) > DEFAULT_MAX_DOCUMENT_BYTES
    _invalid("roster", big)


@pytest.mark.parametrize(
    "value",
    [
        "fieldkit.receipt/1",
        "fieldkit.roster",
        "fieldkit.roster/",
        "fieldkit.roster/01",
        "fieldkit.roster/1a",
        "fieldkit.roster/1/x",
        "fieldkit.rosterx/1",
        "Fieldkit.roster/1",
        None,
        1,
    ],
)
def test_wrong_format_string(value: object) -> None:
    document = _doc("roster")
    document["format"] = value
    with pytest.raises(ValueError, match="format"):
        sign_document("roster", document, HQ_SEED)
    # Correctly signed, but not a roster: refused after the signature check.
    message = _invalid("roster", _raw_signed(PURPOSES["roster"], document))
    assert "unknown format" in message
    missing = _doc("roster")
    del missing["format"]
    _invalid("roster", _raw_signed(PURPOSES["roster"], missing))


def test_only_the_known_format_version_is_accepted() -> None:
    document = _doc("roster")
    document["format"] = "fieldkit.roster/2"
    with pytest.raises(ValueError, match="must be"):
        sign_document("roster", document, HQ_SEED)


@pytest.mark.parametrize(
    "value",
    [
        [],
        {"document": {}},
        {"signature": "00" * 64},
        {"document": {"format": "fieldkit.roster/1"}, "signature": "00" * 64, "x": 1},
        {"document": [], "signature": "00" * 64},
        {"document": {"format": "fieldkit.roster/1"}, "signature": "00" * 63},
        {"document": {"format": "fieldkit.roster/1"}, "signature": "AB" * 64},
        {"document": {"format": "fieldkit.roster/1"}, "signature": 5},
    ],
)
def test_wrong_shape(value: object) -> None:
    _invalid("roster", canonical.dumps(value))


def test_not_json_at_all() -> None:
    _invalid("roster", b"\xff\xfe garbage")
    _invalid("roster", b"")


def test_programming_errors_are_value_errors() -> None:
    data = sign_document("roster", _doc("roster"), HQ_SEED)
    with pytest.raises(ValueError, match="kind"):
        open_document("bundle", data, HQ_PUBLIC)
    with pytest.raises(ValueError, match="kind"):
        sign_document("bundle", _doc("roster"), HQ_SEED)
    with pytest.raises(ValueError, match="32 bytes"):
        open_document("roster", data, HQ_PUBLIC[:31])
    with pytest.raises(ValueError, match="32 bytes"):
        sign_document("roster", _doc("roster"), b"short")


def test_sign_does_not_change_the_document() -> None:
    document = _doc("receipt")
    before = copy.deepcopy(document)
    sign_document("receipt", document, HQ_SEED)
    assert document == before


def test_enrollment_flow_peek_then_open() -> None:
    data = sign_document("enrollment", _doc("enrollment"), bytes(LAPTOP))
    peeked = peek_unverified_document("enrollment", data)
    signer = bytes.fromhex(peeked["signing_public"])
    assert open_document("enrollment", data, signer) == _doc("enrollment")


def test_peek_does_not_verify_so_open_must_follow() -> None:
    parsed = canonical.parse(sign_document("enrollment", _doc("enrollment"), bytes(LAPTOP)))
    parsed["document"]["name"] = "Someone Else"
    tampered = canonical.dumps(parsed)
    peeked = peek_unverified_document("enrollment", tampered)
    assert peeked["name"] == "Someone Else"
    _invalid("enrollment", tampered, bytes.fromhex(peeked["signing_public"]))


def test_peek_still_checks_size_shape_and_format() -> None:
    data = sign_document("enrollment", _doc("enrollment"), bytes(LAPTOP))
    with pytest.raises(SignedDocumentInvalid):
        peek_unverified_document("enrollment", data, max_bytes=10)
    with pytest.raises(SignedDocumentInvalid):
        peek_unverified_document("enrollment", data + b" ")
    with pytest.raises(SignedDocumentInvalid):
        peek_unverified_document("enrollment", sign_document("roster", _doc("roster"), HQ_SEED))


@pytest.mark.parametrize("kind", ["roster", "receipt"])
def test_peek_refuses_hq_signed_kinds(kind: str) -> None:
    data = sign_document(kind, _doc(kind), HQ_SEED)
    with pytest.raises(ValueError, match="not self-signed"):
        peek_unverified_document(kind, data)
