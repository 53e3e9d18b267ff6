"""The revision chain and ``verify``: deletion, reordering and rollback are caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.crypto import identity
from fieldkit.domain import canonical
from fieldkit.domain.revision import (
    REVISION_FORMAT,
    Envelope,
    StoredRevision,
    envelope_bytes,
    signing_message,
    verify_chain,
)
from fieldkit.services import profiles, records
from fieldkit.services.session import Session
from fieldkit.services.verify import verify_profile
from fieldkit.store import db

from .conftest import PASSPHRASE
from .samples import interview


def write_some(session: Session, count: int = 5) -> list[str]:
    return [
        records.save_draft(session, interview(narrative=f"Розповідь {i}")).record_id
        for i in range(count)
    ]


def reopen(session: Session) -> Session:
    session.lock()
    return profiles.unlock(session.info.id, PASSPHRASE)


def raw(session: Session, *statements: str) -> None:
    """Tamper as someone with the database key would: drop the guards, change rows."""
    conn = session.vault.conn
    for trigger in (
        "revisions_append_only_update",
        "revisions_append_only_delete",
        "audit_append_only_update",
        "audit_append_only_delete",
        "revision_bodies_no_update",
    ):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for statement in statements:
        conn.execute(statement)


def test_a_fresh_profile_verifies(interviewer: Session) -> None:
    write_some(interviewer)
    report = verify_profile(interviewer)
    assert report.ok, report.problems
    assert report.revisions_checked == 5
    assert report.audit_entries_checked >= 1


def test_deleting_a_middle_revision_is_detected(interviewer: Session) -> None:
    write_some(interviewer)
    raw(
        interviewer,
        "DELETE FROM revision_bodies WHERE hash = (SELECT hash FROM revisions WHERE seq = 3)",
        "DELETE FROM revisions WHERE seq = 3",
    )
    report = verify_profile(interviewer)
    assert not report.ok
    assert report.first_broken_seq == 3
    assert report.code == "revision.sequence"


def test_deleting_the_newest_revision_is_detected(interviewer: Session) -> None:
    write_some(interviewer)
    raw(
        interviewer,
        "DELETE FROM revision_bodies WHERE hash = (SELECT hash FROM revisions WHERE seq = 5)",
        "DELETE FROM revisions WHERE seq = 5",
    )
    report = verify_profile(interviewer)
    assert not report.ok
    assert report.code == "revision.rollback"


def test_reordering_is_detected(interviewer: Session) -> None:
    write_some(interviewer)
    raw(
        interviewer,
        "UPDATE revisions SET seq = 100 WHERE seq = 2",
        "UPDATE revisions SET seq = 2 WHERE seq = 3",
        "UPDATE revisions SET seq = 3 WHERE seq = 100",
    )
    report = verify_profile(interviewer)
    assert not report.ok and report.first_broken_seq == 2


def test_changed_body_is_detected(interviewer: Session) -> None:
    write_some(interviewer)
    raw(
        interviewer,
        "UPDATE revision_bodies SET body = CAST('{}' AS BLOB) WHERE hash = "
        "(SELECT hash FROM revisions WHERE seq = 4)",
    )
    report = verify_profile(interviewer)
    assert not report.ok and report.code == "revision.body" and report.first_broken_seq == 4


def test_forged_signature_is_detected(interviewer: Session) -> None:
    write_some(interviewer)
    raw(interviewer, "UPDATE revisions SET signature = zeroblob(64) WHERE seq = 2")
    report = verify_profile(interviewer)
    assert not report.ok and report.code == "revision.signature"


def test_rolling_back_to_an_older_database_copy_is_detected(
    interviewer: Session, tmp_path: Path
) -> None:
    write_some(interviewer, 3)
    folder = interviewer.vault.folder
    interviewer.lock()
    backup = tmp_path / "old"
    backup.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        if (folder / name).exists():
            shutil.copy2(folder / name, backup / name)
    session = profiles.unlock(interviewer.info.id, PASSPHRASE)
    write_some(session, 2)
    session.lock()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (folder / name).unlink(missing_ok=True)
        if (backup / name).exists():
            shutil.copy2(backup / name, folder / name)
    session = profiles.unlock(interviewer.info.id, PASSPHRASE)
    report = verify_profile(session)
    session.lock()
    assert not report.ok
    assert report.code == "revision.rollback"


def test_deleting_the_head_file_is_reported(interviewer: Session) -> None:
    write_some(interviewer, 2)
    (interviewer.vault.folder / "vault.head").unlink()
    report = verify_profile(interviewer)
    assert not report.ok and "vault.head" in " ".join(report.problems)


def test_audit_chain_tampering_is_detected(interviewer: Session) -> None:
    rid = write_some(interviewer, 1)[0]
    del rid
    raw(interviewer, "DELETE FROM audit WHERE seq = 1")
    report = verify_profile(interviewer)
    assert not report.ok and any("Audit" in p for p in report.problems)


def test_cutting_the_end_of_the_audit_chain_is_detected(interviewer: Session) -> None:
    rid = write_some(interviewer, 1)[0]
    records.withdraw(interviewer, rid, "test")
    raw(interviewer, "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    report = verify_profile(interviewer)
    assert not report.ok and any("audit chain ends" in p for p in report.problems)


def test_audit_holds_no_testimony(interviewer: Session) -> None:
    from .samples import person

    pid = records.save_draft(interviewer, person()).record_id
    rid = records.save_draft(interviewer, interview(pid)).record_id
    records.seal(interviewer, rid)
    entries = b"".join(
        bytes(r[0]) for r in interviewer.vault.conn.execute("SELECT entry FROM audit")
    )
    assert b"seal" in entries
    for secret in ("Ганна", "Petrenko", "сусіда", "Izium"):
        assert secret.encode() not in entries


def test_integrity_is_clean(interviewer: Session) -> None:
    write_some(interviewer)
    assert db.integrity_problems(interviewer.vault.conn) == []


# -- property tests on the pure chain logic ------------------------------------------


def build_chain(count: int) -> tuple[list[StoredRevision], identity.Identity, str]:
    ident = identity.generate()
    profile_id = "0190d5b2-0000-7000-8000-000000000001"
    chain: list[StoredRevision] = []
    prev = None
    for seq in range(1, count + 1):
        body = canonical.dumps({"n": seq})
        env = Envelope(
            REVISION_FORMAT,
            profile_id,
            seq,
            prev,
            f"0190d5b2-0000-7000-8000-{seq:012d}",
            "interview",
            1,
            None,
            "draft",
            "",
            "2026-12-01T00:00:00Z",
            "UTC",
            "interviewer",
            canonical.sha256_hex(body),
            {},
        )
        env_b = envelope_bytes(env)
        h = canonical.sha256_hex(env_b)
        chain.append(
            StoredRevision(env_b, h, identity.sign(ident.signing_seed, signing_message(h)), body)
        )
        prev = h
    return chain, ident, profile_id


def check(
    chain: list[StoredRevision],
    ident: identity.Identity,
    pid: str,
    head: tuple[int, str | None] | None = None,
) -> bool:
    return verify_chain(
        chain, lambda m, s: identity.verify(ident.signing_public, m, s), pid, head
    ).ok


CHAIN, IDENT, PID = build_chain(8)
HEAD = (8, CHAIN[-1].hash)


def test_intact_chain_passes() -> None:
    assert check(CHAIN, IDENT, PID, HEAD)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.permutations(range(8)))
def test_any_reordering_fails(order: list[int]) -> None:
    shuffled = [CHAIN[i] for i in order]
    assert check(shuffled, IDENT, PID, HEAD) is (order == sorted(order))


@settings(max_examples=60)
@given(st.sets(st.integers(0, 7), min_size=1))
def test_any_deletion_fails(removed: set[int]) -> None:
    kept = [r for i, r in enumerate(CHAIN) if i not in removed]
    assert not check(kept, IDENT, PID, HEAD)


@settings(max_examples=60)
@given(st.integers(0, 7), st.integers(0, 10_000), st.integers(1, 255))
def test_any_flipped_envelope_byte_fails(index: int, position: int, mask: int) -> None:
    target = CHAIN[index]
    data = bytearray(target.envelope)
    data[position % len(data)] ^= mask
    tampered = list(CHAIN)
    tampered[index] = StoredRevision(bytes(data), target.hash, target.signature, target.body)
    assert not check(tampered, IDENT, PID, HEAD)


@settings(max_examples=40)
@given(st.integers(1, 7))
def test_any_truncation_against_a_head_fails(keep: int) -> None:
    assert not check(CHAIN[:keep], IDENT, PID, HEAD)


def test_duplicated_revision_fails() -> None:
    assert not check([*CHAIN[:4], CHAIN[3], *CHAIN[4:]], IDENT, PID, HEAD)


def test_another_key_fails() -> None:
    other = identity.generate()
    assert not check(CHAIN, other, PID, HEAD)


@pytest.mark.parametrize("pid", ["0190d5b2-0000-7000-8000-000000000002"])
def test_another_profile_fails(pid: str) -> None:
    assert not check(CHAIN, IDENT, pid, HEAD)
