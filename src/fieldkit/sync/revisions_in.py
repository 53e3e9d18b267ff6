"""Checking and storing the revisions of an incoming bundle (spec section 6, step 9)."""

from __future__ import annotations

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


class ChainCheck:
    """Feeds revisions in ``seq`` order; checks each link against the bundle and HQ."""

    def __init__(self, vault: Vault, device: Device) -> None:
        self.vault = vault
        self.device = device
        self.count = 0
        self.new = 0
        self._last: tuple[int, str] | None = None

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
        self.count += 1
        self._last = (env.seq, rev_hash)
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

    def _store(self, env: Envelope, rev_hash: str, item: RevisionItem, bundle_hash: str) -> None:
        conn = self.vault.conn
        conn.execute(
            "INSERT INTO hq_revisions (hash, profile_id, seq, record_id, kind, revision, status,"
            " created_at, envelope, signature, body, bundle_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
            ),
        )
        case_number = city = date = ""
        if item.body is not None and env.kind == "interview":
            try:
                body = body_from_json(env.kind, canonical.parse(item.body))
            except FieldKitError:
                raise _bad("its content is not a valid interview") from None
            if isinstance(body, Interview):
                case_number, city, date = body.case_number, body.session.city, body.session.date
        changed = conn.execute(
            "INSERT INTO hq_records (record_id, profile_id, kind, revision, status, head_hash,"
            " case_number, city, interview_date, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (record_id) DO UPDATE SET revision = excluded.revision,"
            " status = excluded.status, head_hash = excluded.head_hash,"
            " case_number = excluded.case_number, city = excluded.city,"
            " interview_date = excluded.interview_date, updated_at = excluded.updated_at"
            " WHERE excluded.revision > hq_records.revision"
            " AND hq_records.profile_id = excluded.profile_id",
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
            ),
        )
        if changed.rowcount == 0:
            self._check_owner(env)

    def _check_owner(self, env: Envelope) -> None:
        """A record belongs to the laptop that created it; no other may write it."""
        row = self.vault.conn.execute(
            "SELECT profile_id FROM hq_records WHERE record_id = ?", (env.record_id,)
        ).fetchone()
        if row is not None and row[0] != env.profile_id:
            raise _bad("it rewrites a record that belongs to another laptop")
