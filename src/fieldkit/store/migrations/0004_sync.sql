-- 0004: enrollment, bundles, receipts (field side) and the HQ ledger (coordinator side).

-- Both sides: the organisation this profile belongs to (one row).
CREATE TABLE org (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    org_id              TEXT NOT NULL,
    org_name            TEXT NOT NULL,
    hq_signing_public   BLOB NOT NULL,
    hq_box_public       BLOB NOT NULL,
    clinical_box_public BLOB NOT NULL,
    inbox_url           TEXT,
    provisioning        BLOB NOT NULL,
    device              TEXT NOT NULL DEFAULT '',
    joined_at           TEXT NOT NULL
);

-- Field side: bundles this profile wrote, and what HQ has acknowledged.
CREATE TABLE outbox_bundles (
    seq            INTEGER PRIMARY KEY,
    bundle_hash    TEXT NOT NULL UNIQUE,
    file_name      TEXT NOT NULL,
    revisions      INTEGER NOT NULL,
    exhibits       INTEGER NOT NULL,
    chain_head_seq INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    receipt_at     TEXT
);

CREATE TABLE acknowledged_revisions (
    hash        TEXT PRIMARY KEY REFERENCES revisions (hash),
    bundle_seq  INTEGER NOT NULL,
    acked_at    TEXT NOT NULL
);

CREATE TABLE acknowledged_exhibits (
    sha256      TEXT PRIMARY KEY,
    bundle_seq  INTEGER NOT NULL,
    acked_at    TEXT NOT NULL
);

CREATE TABLE receipts (
    bundle_seq  INTEGER PRIMARY KEY,
    document    BLOB NOT NULL,
    imported_at TEXT NOT NULL
);

-- HQ side: devices, requests, the roster's versions.
CREATE TABLE roster_devices (
    profile_id     TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    device         TEXT NOT NULL,
    signing_public BLOB NOT NULL UNIQUE,
    box_public     BLOB NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
    changed_at     TEXT NOT NULL
);

CREATE TABLE roster_versions (
    version   INTEGER PRIMARY KEY,
    document  BLOB NOT NULL,
    issued_at TEXT NOT NULL
);

CREATE TABLE enrollment_requests (
    profile_id  TEXT PRIMARY KEY,
    document    BLOB NOT NULL,
    received_at TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected'))
);

-- HQ side: every bundle seen, and every revision received (never overwritten).
CREATE TABLE hq_bundles (
    bundle_hash    TEXT PRIMARY KEY,
    profile_id     TEXT NOT NULL,
    seq            INTEGER,  -- NULL while held unread for the clinical lead
    sender_public  BLOB NOT NULL,
    signature      BLOB NOT NULL,
    size           INTEGER NOT NULL,
    chain_head_seq INTEGER,
    status         TEXT NOT NULL CHECK (status IN ('imported', 'held')),
    held_file      TEXT,
    revisions      INTEGER NOT NULL,
    exhibits       INTEGER NOT NULL,
    imported_at    TEXT NOT NULL,
    UNIQUE (profile_id, seq)
);
CREATE INDEX hq_bundles_by_signature ON hq_bundles (sender_public, signature);

CREATE TABLE hq_revisions (
    hash        TEXT PRIMARY KEY,
    profile_id  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    record_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    envelope    BLOB NOT NULL,
    signature   BLOB NOT NULL,
    body        BLOB,
    bundle_hash TEXT NOT NULL REFERENCES hq_bundles (bundle_hash),
    UNIQUE (profile_id, seq)
);
CREATE INDEX hq_revisions_by_record ON hq_revisions (record_id, revision);
CREATE INDEX hq_revisions_by_bundle ON hq_revisions (bundle_hash, seq);

CREATE TRIGGER hq_revisions_append_only_update BEFORE UPDATE ON hq_revisions
BEGIN SELECT RAISE (ABORT, 'HQ revisions are never overwritten'); END;
CREATE TRIGGER hq_revisions_append_only_delete BEFORE DELETE ON hq_revisions
BEGIN SELECT RAISE (ABORT, 'HQ revisions are never deleted'); END;

CREATE TABLE hq_bundle_exhibits (
    bundle_hash TEXT NOT NULL REFERENCES hq_bundles (bundle_hash),
    sha256      TEXT NOT NULL,
    PRIMARY KEY (bundle_hash, sha256)
);

-- HQ side: the current state of each record across all laptops.
CREATE TABLE hq_records (
    record_id   TEXT PRIMARY KEY,
    profile_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    status      TEXT NOT NULL,
    head_hash   TEXT NOT NULL REFERENCES hq_revisions (hash),
    case_number TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    interview_date TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    message     TEXT NOT NULL,
    sender_public BLOB,
    at          TEXT NOT NULL
);
