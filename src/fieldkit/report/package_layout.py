"""The names inside a transmittal package, and the HQ key fingerprint it prints."""

from __future__ import annotations

import hashlib
from typing import Final

from fieldkit.crypto import minisign

MANIFEST_FORMAT: Final = "fieldkit.transmittal-manifest/1"
RECORDS_FORMAT: Final = "fieldkit.transmittal-records/1"
MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.json.minisig"
PUBLIC_KEY: Final = "hq.pub"
README: Final = "README.txt"
RECORDS_JSON: Final = "records.json"
RECORDS_DIR: Final = "records"
EXHIBITS_DIR: Final = "exhibits"


def hq_key_fingerprint(public_key: bytes) -> str:
    """SHA-256 of ``hq.pub`` in groups of four: what ``sha256sum hq.pub`` prints, spaced."""
    digest = hashlib.sha256(minisign.public_key_file(public_key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))
