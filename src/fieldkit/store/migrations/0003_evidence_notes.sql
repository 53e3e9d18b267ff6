-- 0003: exhibits, custody entries and psychologists' session notes.
CREATE TABLE exhibit_blobs (
    sha256     TEXT PRIMARY KEY,
    blob_name  TEXT NOT NULL UNIQUE,
    file_key   BLOB NOT NULL,
    size       INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE exhibits (
    record_id    TEXT PRIMARY KEY REFERENCES records (record_id),
    interview_id TEXT NOT NULL,
    sha256       TEXT NOT NULL REFERENCES exhibit_blobs (sha256),
    size         INTEGER NOT NULL,
    type         TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX exhibits_by_interview ON exhibits (interview_id);

CREATE TABLE custody (
    record_id  TEXT PRIMARY KEY REFERENCES records (record_id),
    exhibit_id TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX custody_by_exhibit ON custody (exhibit_id, at);

CREATE TABLE notes (
    record_id    TEXT PRIMARY KEY REFERENCES records (record_id),
    person_code  TEXT NOT NULL,
    session_date TEXT NOT NULL,
    risk_level   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX notes_by_person ON notes (person_code, session_date);
