-- 0005: purging acknowledged content from the laptop, leaving hash stubs.
ALTER TABLE records ADD COLUMN purged_at TEXT;
ALTER TABLE exhibit_blobs ADD COLUMN purged_at TEXT;
