-- 0007: indexes for sorting the interview list by status and person, and a prefix
-- index on the full text (search-as-you-type matches word beginnings).
CREATE INDEX interviews_by_status ON interviews (status, id);
CREATE INDEX interviews_by_person_code ON interviews (person_code, id);

CREATE VIRTUAL TABLE interview_text_new USING fts5 (
    narrative, translation, incidents,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
INSERT INTO interview_text_new (rowid, narrative, translation, incidents)
    SELECT rowid, narrative, translation, incidents FROM interview_text;
DROP TABLE interview_text;
ALTER TABLE interview_text_new RENAME TO interview_text;
