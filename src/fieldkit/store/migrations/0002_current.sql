-- 0002: projections of the newest revision of each record, and full-text search.
CREATE TABLE records (
    record_id  TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    status     TEXT NOT NULL,
    head_hash  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE interviews (
    id             INTEGER PRIMARY KEY,
    record_id      TEXT NOT NULL UNIQUE REFERENCES records (record_id),
    case_number    TEXT NOT NULL,
    person_id      TEXT NOT NULL,
    person_code    TEXT NOT NULL,
    interview_date TEXT NOT NULL,
    city           TEXT NOT NULL,
    categories     TEXT NOT NULL,
    status         TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX interviews_by_date ON interviews (interview_date, id);
CREATE INDEX interviews_by_case ON interviews (case_number, id);
CREATE INDEX interviews_by_city ON interviews (city, id);
CREATE INDEX interviews_by_person ON interviews (person_id);

CREATE TABLE persons (
    record_id  TEXT PRIMARY KEY REFERENCES records (record_id),
    code       TEXT NOT NULL,
    match_key  TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX persons_by_match ON persons (match_key);

CREATE VIRTUAL TABLE interview_text USING fts5 (
    narrative, translation, incidents,
    tokenize = 'unicode61 remove_diacritics 2'
);
