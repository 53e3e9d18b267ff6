"""Checking and storing the revisions of an incoming bundle (spec section 6, step 9)."""

from __future__ import annotations

import json

from fieldkit.crypto import identity
from fieldkit.crypto.bundle import BundleRejected
from fieldkit.domain import canonical
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.interview import Interview
from fieldkit.domain.records import body_from_json
from fieldkit.domain.revision import Envelope, parse_envelope, signing_message
from fieldkit.store.vault import Vault
from fieldkit.sync.org import Device
from fieldkit.sync.payload import RevisionItem


def _bad(message: str) -> BundleRejected:
    return BundleRejected("bad-revision", f"A revision in the bundle is not valid: {message}.")


# The statements of step 10 for revisions (bench/bundles.py times them bare, too).
INSERT_REVISION = (
    "INSERT INTO hq_revisions (hash, profile_id, seq, record_id, kind, revision, status,"
    " created_at, envelope, signature, body, bundle_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
UPSERT_RECORD = (
    "INSERT INTO hq_records (record_id, profile_id, kind, revision, status, head_hash,"
    " case_number, city, interview_date, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT (record_id) DO UPDATE SET revision = excluded.revision,"
    " status = excluded.status, head_hash = excluded.head_hash,"
    " case_number = excluded.case_number, city = excluded.city,"
    " interview_date = excluded.interview_date, updated_at = excluded.updated_at"
    " WHERE excluded.revision > hq_records.revision"
    " AND hq_records.profile_id = excluded.profile_id"
)
BATCH = 256  # revisions written per executemany


class ChainCheck:
    """Feeds revisions in ``seq`` order; checks each link against the bundle and HQ.

    Checked revisions are written in batches (``executemany``); ``flush`` writes
    what is pending and then checks that none of it rewrites another laptop's
    record. The caller MUST call ``flush`` after the last revision, and also
    before reporting any later revision or exhibit failure (step 9), so that
    those still come in the bundle's order; a fault of an earlier step outranks
    them and is reported without a flush (``import_bundle`` does all of this).
    """

    def __init__(self, vault: Vault, device: Device) -> None:
        self.vault = vault
        self.device = device
        self.count = 0
        self.new = 0
        self._last: tuple[int, str] | None = None
        # HQ cannot hold a seq above this from the device, nor gain one during the
        # import (seqs only go up): above it, the lookup for an existing revision is
        # known to find nothing. Read inside the import's write transaction.
        self._held_max = int(
            vault.conn.execute(
                "SELECT coalesce(max(seq), 0) FROM hq_revisions WHERE profile_id = ?",
                (device.profile_id,),
            ).fetchone()[0]
        )
        self._revision_rows: list[tuple[object, ...]] = []
        self._record_rows: list[tuple[object, ...]] = []

    def add(self, item: RevisionItem, bundle_hash: str) -> None:
        try:
            env = parse_envelope(item.envelope)
        except FieldKitError:
            raise _bad("its envelope is malformed") from None
        rev_hash = canonical.sha256_hex(item.envelope)
        if env.profile_id != self.device.profile_id:
            raise _bad("it belongs to another profile")
        if not identity.verify(
            self.device.signing_public, signing_message(rev_hash), item.signature
        ):
            raise _bad("its signature does not verify")
        if item.body is not None and canonical.sha256_hex(item.body) != env.body_sha256:
            raise _bad("its content does not match its hash")
        if self._last is not None and env.seq <= self._last[0]:
            raise _bad("revisions are out of order or repeated")
        self._check_link(env)
        if env.seq < self._held_max:
            self._check_next_held(env, rev_hash)
        self.count += 1
        self._last = (env.seq, rev_hash)
        existing = None
        if env.seq <= self._held_max:
            existing = self.vault.conn.execute(
                "SELECT hash FROM hq_revisions WHERE profile_id = ? AND seq = ?",
                (env.profile_id, env.seq),
            ).fetchone()
        if existing is not None:
            if existing[0] != rev_hash:
                raise BundleRejected(
                    "fork",
                    f"Revision {env.seq} from {self.device.name} "
                    "differs from the one HQ already holds: the laptop's "
                    "history forked.",
                )
            return
        if item.body is None:  # only a revision HQ holds may come without its content
            raise _bad("its content is missing, and HQ does not hold it")
        self._store(env, rev_hash, item, bundle_hash)
        self.new += 1

    def _check_link(self, env: Envelope) -> None:
        if self._last is not None and env.seq == self._last[0] + 1:
            expected: str | None = self._last[1]
        elif env.seq == 1:
            expected = None
        else:
            row = self.vault.conn.execute(
                "SELECT hash FROM hq_revisions WHERE profile_id = ? AND seq = ?",
                (env.profile_id, env.seq - 1),
            ).fetchone()
            if row is None:
                return  # the link is in a bundle that has not arrived yet
            expected = row[0]
        if env.prev_hash != expected:
            raise BundleRejected(
                "fork",
                f"Revision {env.seq} from {self.device.name} does not "
                "follow the one before it: the laptop's history forked.",
            )

    def _check_next_held(self, env: Envelope, rev_hash: str) -> None:
        """A gap being filled: the revision after this one, if HQ holds it, must link to it."""
        row = self.vault.conn.execute(
            "SELECT envelope FROM hq_revisions WHERE profile_id = ? AND seq = ?",
            (env.profile_id, env.seq + 1),
        ).fetchone()
        if row is not None and canonical.parse(bytes(row[0])).get("prev_hash") != rev_hash:
            raise BundleRejected(
                "fork",
                f"Revision {env.seq} from {self.device.name} is not the one the "
                "revision after it, already at HQ, follows: the laptop's history forked.",
            )

    def _store(self, env: Envelope, rev_hash: str, item: RevisionItem, bundle_hash: str) -> None:
        case_number = city = date = ""
        # Every body, of every kind, must be a valid record before HQ keeps it: the
        # hash only proves the laptop signed these bytes, not that they make sense.
        try:
            body = body_from_json(env.kind, canonical.parse(item.body or b""))
        except FieldKitError:
            raise _bad(f"its content is not a valid {env.kind} record") from None
        if isinstance(body, Interview):
            case_number, city, date = body.case_number, body.session.city, body.session.date
        self._revision_rows.append(
            (
                rev_hash,
                env.profile_id,
                env.seq,
                env.record_id,
                env.kind,
                env.revision,
                env.status,
                env.created_at,
                item.envelope,
                item.signature,
                item.body,
                bundle_hash,
            )
        )
        self._record_rows.append(
            (
                env.record_id,
                env.profile_id,
                env.kind,
                env.revision,
                env.status,
                rev_hash,
                case_number,
                city,
                date,
                env.created_at,
            )
        )
        if len(self._revision_rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending revisions and their hq_records rows, then check ownership.

        A record belongs to the laptop that created it; no other may write it.
        The upsert never changes another profile's row, so after the batch a
        pending revision whose record carries another profile id is one that
        tried to: the first such revision, in bundle order, is the failure.
        """
        if not self._revision_rows:
            return
        conn = self.vault.conn
        revision_rows, record_rows = self._revision_rows, self._record_rows
        self._revision_rows, self._record_rows = [], []
        conn.executemany(INSERT_REVISION, revision_rows)
        conn.executemany(UPSERT_RECORD, record_rows)
        record_ids = json.dumps(list(dict.fromkeys(str(row[0]) for row in record_rows)))
        foreign = conn.execute(
            "SELECT 1 FROM hq_records WHERE profile_id != ?"
            " AND record_id IN (SELECT value FROM json_each(?)) LIMIT 1",
            (self.device.profile_id, record_ids),
        ).fetchone()
        if foreign is not None:
            raise _bad("it rewrites a record that belongs to another laptop")
