"""Child process for tests/test_crash.py: writes revisions until it is killed.

Usage::

    python tests/crash_child.py <profile_id> <passphrase-file> [<seed> [<work-dir>]]

``FIELDKIT_HOME`` is inherited from the parent. The child unlocks the profile
and then, forever, does one of: a new person, a new interview draft, a further
draft of an interview or a person, a seal, a correction of a sealed interview,
an exhibit attached to an interview. Only after the service call has returned
(so after its transaction committed) does it print, per revision written::

    COMMITTED <record_id> <revision> <hash>

and, for an attached exhibit, also ``EXHIBIT <exhibit_id> <sha256>``. Before
each call it prints ``BEGIN <operation>``, and while an exhibit is encrypted
``PROGRESS <bytes>`` after each chunk, so that the parent can kill it inside an
operation and tell that it did. Every line is flushed at once.
Exhibit source files are written to ``work-dir`` (default: the passphrase
file's folder) and removed after intake.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.interview import Interview
from fieldkit.services import evidence, profiles, records
from fieldkit.services.session import Session
from tests.samples import interview, person

WORDS = (
    "Вони",
    "прийшли",
    "вранці",
    "забрали",
    "сусіда",
    "підвал",
    "школа",
    "допит",
    "blokpost",
    "świadek",
    "żołnierze",
    "ciężarówka",
    "morning",
    "neighbour",
    "checkpoint",
)
DUPLICATE_EXHIBIT = b"the same scan handed in twice\n" * 300


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def text(rng: random.Random) -> str:
    """Mostly a short account, now and then a long one (a longer transaction)."""
    count = rng.choice((5, 20, 60, 200)) if rng.random() < 0.85 else rng.randint(2_000, 20_000)
    return " ".join(rng.choice(WORDS) for _ in range(count))


def committed(session: Session, record_id: str) -> None:
    """Report the newest revision of ``record_id`` (read after the commit)."""
    row = session.vault.conn.execute(
        "SELECT revision, hash FROM revisions WHERE record_id = ? ORDER BY revision DESC LIMIT 1",
        (record_id,),
    ).fetchone()
    say(f"COMMITTED {record_id} {row[0]} {row[1]}")


def main(argv: list[str]) -> int:
    profile_id, passphrase_file = argv[1], Path(argv[2])
    seed = int(argv[3]) if len(argv) > 3 else int.from_bytes(os.urandom(8), "big")
    work = Path(argv[4]) if len(argv) > 4 else passphrase_file.parent
    passphrase = passphrase_file.read_text("utf-8").removesuffix("\n")
    rng = random.Random(seed)

    session = profiles.unlock(profile_id, passphrase)
    say("UNLOCKED")
    conn = session.vault.conn

    def ids(kind: str, status: str) -> list[str]:
        rows = conn.execute(
            "SELECT record_id FROM records WHERE kind = ? AND status = ? ORDER BY record_id",
            (kind, status),
        ).fetchall()
        return [r[0] for r in rows]

    persons = ids("person", "draft")
    drafts = ids("interview", "draft")
    sealed = ids("interview", "sealed")
    serial = 0
    while True:
        serial += 1
        roll = rng.random()
        if not persons or roll < 0.05:
            op = "person"
        elif not drafts or roll < 0.30:
            op = "new"
        elif roll < 0.55:
            op = "draft"
        elif roll < 0.65:
            op = "person-draft"
        elif roll < 0.80:
            op = "seal"
        elif roll < 0.88 and sealed:
            op = "correct"
        else:
            op = "attach"
        say(f"BEGIN {op}")
        if op == "person":
            saved = records.save_draft(session, person(code=f"P-{seed % 10_000}-{serial}"))
            persons.append(saved.record_id)
            committed(session, saved.record_id)
        elif op == "person-draft":
            pid = rng.choice(persons)
            saved = records.save_draft(
                session,
                person(code=f"P-{seed % 10_000}-{serial}", name_lat=f"Hanna {serial}"),
                record_id=pid,
            )
            committed(session, saved.record_id)
        elif op == "new":
            body = interview(
                rng.choice(persons),
                narrative=text(rng),
                case_number=f"WAW-{seed % 10_000}-{serial}",
            )
            saved = records.save_draft(session, body)
            drafts.append(saved.record_id)
            committed(session, saved.record_id)
        elif op == "draft":
            rid = rng.choice(drafts)
            body = interview(
                rng.choice(persons),
                narrative=text(rng),
                case_number=f"WAW-{seed % 10_000}-{serial}",
            )
            saved = records.save_draft(session, body, record_id=rid)
            committed(session, saved.record_id)
        elif op == "seal":
            rid = drafts.pop(rng.randrange(len(drafts)))
            saved = records.seal(session, rid)
            sealed.append(rid)
            committed(session, saved.record_id)
        elif op == "correct":
            rid = rng.choice(sealed)
            current = records.load(session, rid).body
            assert isinstance(current, Interview)
            body = dataclasses.replace(
                current, account=dataclasses.replace(current.account, translation=text(rng))
            )
            saved = records.correct(session, rid, body, reason=f"translation revised {serial}")
            committed(session, saved.record_id)
        else:
            rid = rng.choice(drafts + sealed)
            data = (
                DUPLICATE_EXHIBIT
                if rng.random() < 0.2
                else rng.randbytes(rng.choice((100, 5_000, 70_000, 150_000)))
            )
            source = work / f"exhibit-{os.getpid()}-{serial}.jpg"
            source.write_bytes(data)
            attached = evidence.attach(
                session,
                rid,
                source,
                Exhibit(type="photo", description=f"photo {serial}"),
                progress=lambda done: say(f"PROGRESS {done}"),
            )
            source.unlink()
            committed(session, attached.exhibit_id)
            committed(session, attached.custody_id)
            say(f"EXHIBIT {attached.exhibit_id} {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
