-- 0001: the profile's keys, the revision chain and the audit chain.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Secret keys of the profile. purpose names key type and version.
CREATE TABLE keys (
    purpose    TEXT PRIMARY KEY,
    secret     BLOB NOT NULL,
    public     BLOB,
    created_at TEXT NOT NULL
);

-- Append-only: every save of every record, as signed.
CREATE TABLE revisions (
    seq        INTEGER PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    record_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    status     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    envelope   BLOB NOT NULL,
    signature  BLOB NOT NULL,
    UNIQUE (record_id, revision)
);

CREATE TABLE revision_bodies (
    hash TEXT PRIMARY KEY REFERENCES revisions (hash),
    body BLOB NOT NULL
);

-- The newest revision, signed; compared with vault.head outside the database.
CREATE TABLE chain_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seq       INTEGER NOT NULL,
    hash      TEXT,
    signature BLOB NOT NULL
);

CREATE TRIGGER revisions_append_only_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE (ABORT, 'revisions are append-only'); END;
CREATE TRIGGER revisions_append_only_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE (ABORT, 'revisions are append-only'); END;
CREATE TRIGGER revision_bodies_no_update BEFORE UPDATE ON revision_bodies
BEGIN SELECT RAISE (ABORT, 'revision bodies are immutable'); END;

-- Hash-linked log of security events; never holds testimony.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    event     TEXT NOT NULL,
    entry     BLOB NOT NULL,
    prev_hash TEXT,
    hash      TEXT NOT NULL UNIQUE,
    signature BLOB NOT NULL
);

CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE (ABORT, 'the audit chain is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE (ABORT, 'the audit chain is append-only'); END;
