"""Every bundle vector in tests/vectors/ fails exactly where its ``expect:`` line says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.crypto import signed_doc
from fieldkit.domain.ids import utc_now
from fieldkit.services.session import Session
from fieldkit.sync import importer, org

from .conftest import make_profile

VECTORS = Path(__file__).resolve().parent / "vectors"
KEYS = json.loads((VECTORS / "keys.json").read_text(encoding="utf-8"))


def read_vector(name: str) -> tuple[dict[str, str], bytes]:
    raw = (VECTORS / f"{name}.vector").read_bytes()
    head, _, data = raw.partition(b"\n\n")
    fields = dict(line.split(": ", 1) for line in head.decode().splitlines())
    return fields, data


def hq_with_test_keys() -> Session:
    """A coordinator profile holding the vectors' HQ keys and roster."""
    session = make_profile("coordinator", "Vector HQ")
    vault = session.vault
    document = {
        "format": "fieldkit.provisioning/1",
        "org_id": KEYS["org_id"],
        "org_name": "Vectors",
        "hq_signing_public": KEYS["hq_signing_public"],
        "hq_box_public": KEYS["hq_box_public"],
        "clinical_box_public": KEYS["clinical_box_public"],
        "inbox_url": None,
        "issued_at": utc_now(),
    }
    provisioning = signed_doc.sign_document(
        "provisioning", document, bytes.fromhex(KEYS["hq_signing_seed"])
    )
    with vault.write() as conn:
        vault.add_key(
            org.HQ_SIGNING,
            bytes.fromhex(KEYS["hq_signing_seed"]),
            bytes.fromhex(KEYS["hq_signing_public"]),
        )
        vault.add_key(
            org.HQ_BOX, bytes.fromhex(KEYS["hq_box_secret"]), bytes.fromhex(KEYS["hq_box_public"])
        )
        org._store_org(vault, document, provisioning, device="HQ")
        for device in KEYS["roster"]:
            conn.execute(
                "INSERT INTO roster_devices VALUES (?,?,?,?,?,?,?,?)",
                (
                    device["profile_id"],
                    device["name"],
                    device["role"],
                    device["device"],
                    bytes.fromhex(device["signing_public"]),
                    bytes.fromhex(device["box_public"]),
                    device["status"],
                    utc_now(),
                ),
            )
    return session


def state(session: Session) -> tuple[int, int, int]:
    conn = session.vault.conn
    return tuple(
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("hq_revisions", "hq_bundles", "exhibit_blobs")
    )  # type: ignore[return-value]


NAMES = sorted(p.stem for p in VECTORS.glob("*.vector"))


def test_there_is_a_vector_for_every_failure() -> None:
    expected = {read_vector(n)[0]["expect"] for n in NAMES}
    assert expected >= {
        "success",
        "replay",
        "bad-signature",
        "unknown-key",
        "revoked-key",
        "wrong-recipient",
        "truncated",
        "trailing-data",
        "oversize",
        "bad-header",
        "missing-final-tag",
        "early-final-tag",
        "bad-chunk",
        "bad-manifest",
        "bad-payload",
        "bad-revision",
        "fork",
        "rollback",
    }


@pytest.mark.parametrize("name", NAMES)
def test_vector(name: str, tmp_path: Path) -> None:
    fields, data = read_vector(name)
    session = hq_with_test_keys()
    for prior in filter(None, (p.strip() for p in fields.get("prior", "").split(","))):
        path = tmp_path / f"{prior}.fkb"
        path.write_bytes(read_vector(prior)[1])
        assert importer.import_bundle(session.vault, path).status == "imported"
    before = state(session)
    path = tmp_path / f"{name}.fkb"
    path.write_bytes(data)
    max_bytes = int(fields.get("max-bytes", str(32 << 30)))
    outcome = importer.import_bundle(session.vault, path, max_bytes=max_bytes)
    expect = fields["expect"]
    if expect == "success":
        assert outcome.status == "imported", outcome.message
        assert state(session)[0] > before[0]
    elif expect == "replay":
        assert outcome.status == "replay"
        assert state(session) == before
    else:
        assert (outcome.status, outcome.reason) == ("rejected", expect), outcome.message
        assert state(session) == before
        assert not path.exists()
        [(_at, _file, reason, message)] = session.vault.conn.execute(
            "SELECT at, file_name, reason, message FROM quarantine"
        ).fetchall()
        assert reason == expect and message
    session.lock()


@pytest.mark.parametrize("name", ["valid", "valid-second"])
def test_valid_vectors_follow_section_3_3_as_written(name: str) -> None:
    """Checked from the spec's words alone, not with FieldKit's constants or reader."""
    import hashlib

    import nacl.exceptions
    import nacl.signing

    _fields, data = read_vector(name)
    assert data[:8] == b"FKBUNDLE" and data[8] == 2  # section 3.1
    sender = data[12:44]
    message = b"fieldkit.bundle-signature/2\x00" + hashlib.sha256(data[:-64]).digest()
    nacl.signing.VerifyKey(sender).verify(message, data[-64:])  # raises if it does not
    v1_message = b"fieldkit.bundle-signature/1\x00" + hashlib.sha512(data[:-64]).digest()
    with pytest.raises(nacl.exceptions.BadSignatureError):
        nacl.signing.VerifyKey(sender).verify(v1_message, data[-64:])
