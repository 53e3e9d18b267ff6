-- 0006: transmittal recipients and the disclosure log (HQ side, RECORD.md K).

-- Recipients configured at HQ besides the built-in ones (pl-prosecutor,
-- ua-prosecutor, international), each with the consent scopes a record must
-- hold, all of them, to go to it.
CREATE TABLE recipients (
    code         TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    scopes       TEXT NOT NULL,  -- JSON list of consent scope codes
    created_at   TEXT NOT NULL
);

-- Every transmittal package that was built: what went to whom, when, under which
-- consent and redaction profile, with the package hash. Never changed, never deleted.
CREATE TABLE disclosures (
    seq            INTEGER PRIMARY KEY,
    package_id     TEXT NOT NULL UNIQUE,
    package_name   TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    scopes         TEXT NOT NULL,  -- JSON list: the consent scopes every record held
    created_at     TEXT NOT NULL,
    redaction      TEXT NOT NULL CHECK (redaction IN ('full', 'pseudonymised')),
    language       TEXT NOT NULL,
    records        TEXT NOT NULL,  -- JSON list of {record_id, revision, record_hash}
    record_count   INTEGER NOT NULL,
    excluded_count INTEGER NOT NULL,
    exhibit_count  INTEGER NOT NULL,
    file_count     INTEGER NOT NULL,
    total_bytes    INTEGER NOT NULL,
    package_hash   TEXT NOT NULL   -- SHA-256 of manifest.json
);

CREATE TRIGGER disclosures_append_only_update BEFORE UPDATE ON disclosures
BEGIN SELECT RAISE (ABORT, 'the disclosure log is never changed'); END;
CREATE TRIGGER disclosures_append_only_delete BEFORE DELETE ON disclosures
BEGIN SELECT RAISE (ABORT, 'the disclosure log is never deleted'); END;

-- Finding the exhibit and custody records of interviews at HQ.
CREATE INDEX hq_revisions_by_kind ON hq_revisions (kind, record_id, revision);
