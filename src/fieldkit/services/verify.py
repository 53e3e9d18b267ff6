"""``fieldkit verify``: is every signature good and every link of every chain intact?"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.domain.revision import head_message, verify_chain
from fieldkit.services.session import Session
from fieldkit.store import audit, db, revisions


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    revisions_checked: int
    audit_entries_checked: int
    problems: list[str] = field(default_factory=list)
    first_broken_seq: int | None = None
    code: str = ""


def verify_profile(session: Session, *, integrity: bool = True) -> VerifyReport:
    """Check the revision chain, both recorded heads, the audit chain and the database.

    The report names the first broken link. A chain shorter than ``vault.head``
    or the signed head inside the database means revisions were removed or an
    older copy of the database was restored.
    """
    vault = session.vault
    problems: list[str] = []
    profile_id = vault.info.id
    head_row = vault.conn.execute("SELECT seq, hash, signature FROM chain_head").fetchone()
    expected: tuple[int, str | None] | None = None
    if head_row is not None:
        seq, head_hash, signature = int(head_row[0]), head_row[1], bytes(head_row[2])
        if not vault.verify_own(head_message(profile_id, seq, head_hash), signature):
            problems.append("The signed chain head inside the database is not valid.")
        expected = (seq, head_hash)
    outside = vault.read_head_file()
    if outside is not None:
        o_seq, o_hash, o_sig = outside
        if not vault.verify_own(head_message(profile_id, o_seq, o_hash), o_sig):
            problems.append("vault.head is not signed by this profile.")
        elif expected is None or o_seq > expected[0]:
            expected = (o_seq, o_hash)
    else:
        problems.append("vault.head is missing: it may have been deleted to hide a rollback.")
    report = verify_chain(
        revisions.iter_stored(vault), vault.verify_own, profile_id, expected_head=expected
    )
    first = report.first_broken_seq
    if not report.ok:
        problems.insert(0, f"Revision {report.first_broken_seq}: {report.problem}.")
    audit_report = audit.verify(vault)
    if not audit_report.ok:
        problems.append(f"Audit entry {audit_report.first_broken_seq}: {audit_report.problem}.")
    if integrity:
        problems += [f"Database integrity: {p}" for p in db.integrity_problems(vault.conn)]
    return VerifyReport(
        ok=not problems,
        revisions_checked=report.checked,
        audit_entries_checked=audit_report.checked,
        problems=problems,
        first_broken_seq=first,
        code=report.code,
    )
