-- 0008: the lengths of each revision's envelope and body written as JSON strings, stored
-- when the revision is appended, so that an export can size its payload without reading
-- (and decrypting) every body. They live in `revisions`, before no large column, so that
-- reading them never walks a body's overflow pages. A purge deletes the body row; the
-- export then counts that body as `null`. NULL for revisions stored before this version:
-- export measures those the slow way.
ALTER TABLE revisions ADD COLUMN envelope_json_length INTEGER;
ALTER TABLE revisions ADD COLUMN body_json_length INTEGER;
