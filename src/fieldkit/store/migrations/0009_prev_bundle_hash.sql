-- 0009: HQ keeps each imported bundle's prev_bundle_hash, so that a bundle filling a gap
-- (bundle N - 1 arriving after bundle N) can be checked against the bundle that follows
-- it: bundle N must name it as its predecessor, or the laptop's history forked.
-- NULL for bundles imported before this version and for held bundles: not checked.
ALTER TABLE hq_bundles ADD COLUMN prev_bundle_hash TEXT;
