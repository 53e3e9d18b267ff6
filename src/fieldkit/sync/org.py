"""The organisation: HQ keys, provisioning files, enrollment requests and the roster.

The coordinator's profile holds the HQ signing key and the HQ box key pair.
The clinical key pair is the clinical-lead profile's own X25519 key pair, so
the coordinator never holds a key that opens psychologists' notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from fieldkit.crypto import identity, signed_doc
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import check_id, utc_now, uuid7
from fieldkit.store import audit
from fieldkit.store.vault import BOX_PURPOSE, SIGNING_PURPOSE, Vault

HQ_SIGNING: Final = "hq-signing/1"
HQ_BOX: Final = "hq-box/1"


class OrgError(FieldKitError):
    code = "org.invalid"


@dataclass(frozen=True)
class Org:
    org_id: str
    org_name: str
    hq_signing_public: bytes
    hq_box_public: bytes
    clinical_box_public: bytes
    inbox_url: str | None
    device: str

    @property
    def hq_fingerprint(self) -> str:
        return identity.fingerprint(self.hq_signing_public, self.hq_box_public)


def current_org(vault: Vault) -> Org | None:
    row = vault.conn.execute(
        "SELECT org_id, org_name, hq_signing_public, hq_box_public, clinical_box_public,"
        " inbox_url, device FROM org"
    ).fetchone()
    if row is None:
        return None
    return Org(row[0], row[1], bytes(row[2]), bytes(row[3]), bytes(row[4]), row[5], row[6])


def require_org(vault: Vault) -> Org:
    org = current_org(vault)
    if org is None:
        raise OrgError(
            "This profile is not enrolled in an organisation yet: import the provisioning "
            "file from HQ first.",
            code="org.not_enrolled",
        )
    return org


def is_hq(vault: Vault) -> bool:
    return vault.has_key(HQ_SIGNING)


# -- HQ: set up ---------------------------------------------------------------------


def setup_org(
    vault: Vault, org_name: str, clinical_request: bytes, *, inbox_url: str | None
) -> bytes:
    """Create the HQ keys and return the signed provisioning file.

    ``clinical_request`` is the clinical lead's enrollment request: its X25519
    key becomes the clinical key, and the clinical lead is the roster's first device.
    """
    if vault.info.role != "coordinator":
        raise OrgError(
            "Only a coordinator profile can set up an organisation.", code="org.not_coordinator"
        )
    if current_org(vault) is not None:
        raise OrgError(
            "This profile already belongs to an organisation.", code="org.already_set_up"
        )
    request = read_request(clinical_request, org_id=None)
    if request["role"] != "clinical_lead":
        raise OrgError(
            "The clinical key must come from a clinical-lead profile's request.",
            code="org.not_clinical_lead",
        )
    name = org_name.strip()
    if not name or len(name) > 200:
        raise OrgError(
            "The organisation needs a name of 1 to 200 characters.", code="org.bad_name"
        )
    signing = identity.generate()
    org_id = uuid7()
    document = {
        "format": "fieldkit.provisioning/1",
        "org_id": org_id,
        "org_name": name,
        "hq_signing_public": signing.signing_public.hex(),
        "hq_box_public": signing.box_public.hex(),
        "clinical_box_public": request["box_public"],
        "inbox_url": inbox_url,
        "issued_at": utc_now(),
    }
    provisioning = signed_doc.sign_document("provisioning", document, signing.signing_seed)
    with vault.write() as conn:
        vault.add_key(HQ_SIGNING, signing.signing_seed, signing.signing_public)
        vault.add_key(HQ_BOX, signing.box_secret, signing.box_public)
        _store_org(vault, document, provisioning, device="HQ")
        conn.execute(
            "INSERT INTO enrollment_requests (profile_id, document, received_at, status)"
            " VALUES (?,?,?, 'pending')",
            (request["profile_id"], clinical_request, utc_now()),
        )
        approve(vault, request["profile_id"])
    return provisioning


def _store_org(vault: Vault, document: dict[str, Any], provisioning: bytes, device: str) -> None:
    vault.conn.execute(
        "INSERT INTO org (id, org_id, org_name, hq_signing_public, hq_box_public,"
        " clinical_box_public, inbox_url, provisioning, device, joined_at)"
        " VALUES (1,?,?,?,?,?,?,?,?,?)",
        (
            document["org_id"],
            document["org_name"],
            bytes.fromhex(document["hq_signing_public"]),
            bytes.fromhex(document["hq_box_public"]),
            bytes.fromhex(document["clinical_box_public"]),
            document["inbox_url"],
            provisioning,
            device,
            utc_now(),
        ),
    )


def provisioning_file(vault: Vault) -> bytes:
    row = vault.conn.execute("SELECT provisioning FROM org").fetchone()
    if row is None:
        raise OrgError("There is no organisation set up in this profile.", code="org.not_set_up")
    return bytes(row[0])


# -- field: join ----------------------------------------------------------------------


def read_provisioning(untrusted: bytes) -> dict[str, Any]:
    """Check a provisioning file's own signature and shape; the person then compares
    the HQ fingerprint aloud before ``join`` trusts it."""
    peeked = signed_doc.peek_unverified_document("provisioning", untrusted)
    try:
        signer = bytes.fromhex(str(peeked["hq_signing_public"]))
    except (KeyError, ValueError):
        raise OrgError(
            "The provisioning file is malformed.", code="org.bad_provisioning"
        ) from None
    document = signed_doc.open_document("provisioning", untrusted, signer)
    try:
        check_id(document["org_id"], "organisation id")
        for key in ("hq_signing_public", "hq_box_public", "clinical_box_public"):
            if len(bytes.fromhex(document[key])) != 32:
                raise ValueError(key)
        if not isinstance(document["org_name"], str) or not document["org_name"].strip():
            raise ValueError("org_name")
        if document["inbox_url"] is not None and not isinstance(document["inbox_url"], str):
            raise ValueError("inbox_url")
    except (KeyError, ValueError, TypeError, FieldKitError):
        raise OrgError(
            "The provisioning file is malformed.", code="org.bad_provisioning"
        ) from None
    return document


def provisioning_fingerprint(document: dict[str, Any]) -> str:
    return identity.fingerprint(
        bytes.fromhex(document["hq_signing_public"]), bytes.fromhex(document["hq_box_public"])
    )


def join(vault: Vault, untrusted_provisioning: bytes, device: str) -> Org:
    """Trust the organisation of a provisioning file (after the fingerprint was compared)."""
    document = read_provisioning(untrusted_provisioning)
    existing = current_org(vault)
    if existing is not None:
        if existing.org_id == document["org_id"]:
            return existing
        raise OrgError(
            "This profile already belongs to another organisation.", code="org.other_org"
        )
    label = device.strip()[:100] or "laptop"
    with vault.write():
        _store_org(vault, document, untrusted_provisioning, device=label)
    org = current_org(vault)
    assert org is not None
    return org


def enrollment_request(vault: Vault, device: str = "") -> bytes:
    """This profile's public keys and role, signed by its own key."""
    org = current_org(vault)
    document = {
        "format": "fieldkit.enrollment-request/1",
        "org_id": None if org is None else org.org_id,
        "profile_id": vault.info.id,
        "name": vault.info.display_name,
        "role": vault.info.role,
        "device": (device or (org.device if org else "")).strip()[:100],
        "signing_public": vault.public_key(SIGNING_PURPOSE).hex(),
        "box_public": vault.public_key(BOX_PURPOSE).hex(),
        "created_at": utc_now(),
    }
    return signed_doc.sign_document("enrollment", document, vault.secret(SIGNING_PURPOSE))


def read_request(untrusted: bytes, *, org_id: str | None) -> dict[str, Any]:
    """A self-signed request: valid signature proves possession of the key, nothing more."""
    peeked = signed_doc.peek_unverified_document("enrollment", untrusted)
    try:
        signer = bytes.fromhex(str(peeked["signing_public"]))
    except (KeyError, ValueError):
        raise OrgError("The enrollment request is malformed.", code="org.bad_request") from None
    document = signed_doc.open_document("enrollment", untrusted, signer)
    try:
        check_id(document["profile_id"], "profile id")
        if document["role"] not in ("interviewer", "psychologist", "coordinator", "clinical_lead"):
            raise ValueError("role")
        for key in ("signing_public", "box_public"):
            if len(bytes.fromhex(document[key])) != 32:
                raise ValueError(key)
        for key in ("name", "device"):
            if not isinstance(document[key], str) or len(document[key]) > 200:
                raise ValueError(key)
    except (KeyError, ValueError, TypeError, FieldKitError):
        raise OrgError("The enrollment request is malformed.", code="org.bad_request") from None
    if org_id is not None and document["org_id"] not in (None, org_id):
        raise OrgError(
            "This enrollment request is for another organisation.",
            code="org.request_other_org",
        )
    return document


def request_fingerprint(document: dict[str, Any]) -> str:
    return identity.fingerprint(
        bytes.fromhex(document["signing_public"]), bytes.fromhex(document["box_public"])
    )


# -- HQ: requests and the roster -----------------------------------------------------------


def receive_request(vault: Vault, untrusted: bytes) -> dict[str, Any]:
    org = _hq_org(vault)
    document = read_request(untrusted, org_id=org.org_id)
    with vault.write() as conn:
        conn.execute(
            "INSERT INTO enrollment_requests (profile_id, document, received_at, status)"
            " VALUES (?,?,?, 'pending') ON CONFLICT (profile_id) DO UPDATE SET"
            " document = excluded.document, received_at = excluded.received_at"
            " WHERE enrollment_requests.status = 'pending'",
            (document["profile_id"], untrusted, utc_now()),
        )
    return document


def _hq_org(vault: Vault) -> Org:
    if not is_hq(vault):
        raise OrgError(
            "Only the coordinator profile that set up the organisation can do this.",
            code="org.not_hq",
        )
    return require_org(vault)


def approve(vault: Vault, profile_id: str) -> int:
    """Add a requested device to the roster; returns the new roster version."""
    row = vault.conn.execute(
        "SELECT document, status FROM enrollment_requests WHERE profile_id = ?",
        (check_id(profile_id, "profile id"),),
    ).fetchone()
    if row is None:
        raise OrgError(
            "There is no enrollment request from that profile.", code="org.no_request"
        )
    document = signed_doc.peek_unverified_document("enrollment", bytes(row[0]))
    with vault.write() as conn:
        conn.execute(
            "INSERT INTO roster_devices (profile_id, name, role, device, signing_public,"
            " box_public, status, changed_at) VALUES (?,?,?,?,?,?, 'active', ?)",
            (
                document["profile_id"],
                document["name"],
                document["role"],
                document["device"],
                bytes.fromhex(document["signing_public"]),
                bytes.fromhex(document["box_public"]),
                utc_now(),
            ),
        )
        conn.execute(
            "UPDATE enrollment_requests SET status = 'approved' WHERE profile_id = ?", (profile_id,)
        )
        version = _publish_roster(vault)
        audit.record(vault, "enroll", profile=profile_id, roster_version=version)
    return version


def revoke(vault: Vault, profile_id: str) -> int:
    """Revoke a device (a lost laptop): its bundles are refused from the next import on."""
    _hq_org(vault)
    with vault.write() as conn:
        changed = conn.execute(
            "UPDATE roster_devices SET status = 'revoked', changed_at = ? WHERE profile_id = ?"
            " AND status = 'active'",
            (utc_now(), check_id(profile_id, "profile id")),
        ).rowcount
        if not changed:
            raise OrgError("That device is not active in the roster.", code="org.not_active")
        version = _publish_roster(vault)
        audit.record(vault, "revoke", profile=profile_id, roster_version=version)
    return version


def _publish_roster(vault: Vault) -> int:
    org = _hq_org(vault)
    last = vault.conn.execute("SELECT max(version) FROM roster_versions").fetchone()[0]
    version = int(last or 0) + 1
    devices = [
        {
            "profile_id": r[0],
            "name": r[1],
            "role": r[2],
            "device": r[3],
            "signing_public": bytes(r[4]).hex(),
            "box_public": bytes(r[5]).hex(),
            "status": r[6],
            "changed_at": r[7],
        }
        for r in vault.conn.execute(
            "SELECT profile_id, name, role, device, signing_public, box_public, status,"
            " changed_at FROM roster_devices ORDER BY profile_id"
        )
    ]
    issued = utc_now()
    document = {
        "format": "fieldkit.roster/1",
        "org_id": org.org_id,
        "version": version,
        "issued_at": issued,
        "devices": devices,
    }
    signed = signed_doc.sign_document("roster", document, vault.secret(HQ_SIGNING))
    vault.conn.execute(
        "INSERT INTO roster_versions (version, document, issued_at) VALUES (?,?,?)",
        (version, signed, issued),
    )
    return version


def roster_file(vault: Vault) -> bytes:
    row = vault.conn.execute(
        "SELECT document FROM roster_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise OrgError("There is no roster yet.", code="org.no_roster")
    return bytes(row[0])


def import_roster(vault: Vault, untrusted: bytes) -> int:
    """A clinical lead takes HQ's roster (signed by the HQ key it trusts)."""
    org = require_org(vault)
    document = signed_doc.open_document("roster", untrusted, org.hq_signing_public)
    if document.get("org_id") != org.org_id or not isinstance(document.get("version"), int):
        raise OrgError(
            "This roster is for another organisation or malformed.", code="org.bad_roster"
        )
    last = vault.conn.execute("SELECT max(version) FROM roster_versions").fetchone()[0]
    version = int(document["version"])
    if last is not None and version <= int(last):
        raise OrgError(
            f"This roster (version {version}) is not newer than the one you have.",
            code="org.old_roster",
        )
    with vault.write() as conn:
        conn.execute("DELETE FROM roster_devices")
        for device in document["devices"]:
            conn.execute(
                "INSERT INTO roster_devices (profile_id, name, role, device, signing_public,"
                " box_public, status, changed_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    check_id(device["profile_id"]),
                    str(device["name"]),
                    str(device["role"]),
                    str(device["device"]),
                    bytes.fromhex(device["signing_public"]),
                    bytes.fromhex(device["box_public"]),
                    device["status"],
                    str(device["changed_at"]),
                ),
            )
        conn.execute(
            "INSERT INTO roster_versions (version, document, issued_at) VALUES (?,?,?)",
            (version, untrusted, utc_now()),
        )
    return version


@dataclass(frozen=True)
class Device:
    profile_id: str
    name: str
    role: str
    device: str
    signing_public: bytes
    box_public: bytes
    status: str

    @property
    def fingerprint(self) -> str:
        return identity.fingerprint(self.signing_public, self.box_public)


def device_by_key(vault: Vault, signing_public: bytes) -> Device | None:
    row = vault.conn.execute(
        "SELECT profile_id, name, role, device, signing_public, box_public, status"
        " FROM roster_devices WHERE signing_public = ?",
        (signing_public,),
    ).fetchone()
    return (
        None
        if row is None
        else Device(row[0], row[1], row[2], row[3], bytes(row[4]), bytes(row[5]), row[6])
    )


def devices(vault: Vault) -> list[Device]:
    return [
        Device(r[0], r[1], r[2], r[3], bytes(r[4]), bytes(r[5]), r[6])
        for r in vault.conn.execute(
            "SELECT profile_id, name, role, device, signing_public, box_public, status"
            " FROM roster_devices ORDER BY name"
        )
    ]


def pending_requests(vault: Vault) -> list[dict[str, Any]]:
    return [
        signed_doc.peek_unverified_document("enrollment", bytes(r[0]))
        for r in vault.conn.execute(
            "SELECT document FROM enrollment_requests WHERE status = 'pending'"
        )
    ]
