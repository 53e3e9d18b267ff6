"""The bundle container: one signed, encrypted file from a laptop to HQ.

This is the reference implementation of sections 3 and 7 of
``docs/bundle-format.md`` and of the container checks of section 6 (steps 1,
3, 5 and 6). What the payload means (section 4), the roster, replay, manifest
and revision checks belong to the importer, which calls, in this order:

1. :func:`read_header` (step 1: size and header);
2. :func:`signature_of` (the replay lookup of step 2);
3. :func:`verify_signature` (step 3; returns the bundle hash);
4. :func:`open_file_key` (step 5);
5. :func:`decrypt_payload` (step 6), consumed to the very end.

Every failure is a :class:`BundleRejected` whose ``reason`` is the spec's
code. Everything read from a bundle is named ``untrusted_*`` until the check
that covers it has passed. The reader functions seek in the file they are
given, so it must be a seekable binary file that nobody else writes while the
import runs: the importer SHOULD copy a bundle from removable media to local
storage first, so that a stick cannot show one content to the signature check
and another to the decryption.

Memory stays at a few chunks (at most 1 MiB each, plus overhead) for writer and
reader alike, whatever the bundle's size. The writer writes and hashes on a
second thread (``hashlib``, file writes and libsodium release the GIL), so
encrypting the next chunk overlaps hashing and writing the last one.

This module exists so that callers have one name to import; the work is done
by modules with one job each:

- :mod:`fieldkit.crypto.bundle_format`: constants, header layout, sizes;
- :mod:`fieldkit.crypto.bundle_errors`: :class:`BundleRejected` and its messages;
- :mod:`fieldkit.crypto.bundle_writer`: :class:`BundleWriter`, :func:`write_bundle_file`;
- :mod:`fieldkit.crypto.bundle_sink`: the writer's hashing and writing thread;
- :mod:`fieldkit.crypto.bundle_reader`: the checks and decryption of section 6.
"""

from __future__ import annotations

from fieldkit.crypto.bundle_errors import BundleRejected
from fieldkit.crypto.bundle_format import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_MAX_BUNDLE_BYTES,
    HEADER_BYTES,
    MAGIC,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    MIN_FILE_BYTES,
    RECIPIENT_CLINICAL,
    RECIPIENT_HQ,
    SIGNATURE_BYTES,
    SIGNATURE_CONTEXT,
    VERSION,
    BundleHeader,
    ciphertext_size,
)
from fieldkit.crypto.bundle_reader import (
    decrypt_payload,
    open_file_key,
    read_header,
    signature_of,
    verify_signature,
)
from fieldkit.crypto.bundle_writer import BundleWriter, write_bundle_file

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_MAX_BUNDLE_BYTES",
    "HEADER_BYTES",
    "MAGIC",
    "MAX_CHUNK_SIZE",
    "MIN_CHUNK_SIZE",
    "MIN_FILE_BYTES",
    "RECIPIENT_CLINICAL",
    "RECIPIENT_HQ",
    "SIGNATURE_BYTES",
    "SIGNATURE_CONTEXT",
    "VERSION",
    "BundleHeader",
    "BundleRejected",
    "BundleWriter",
    "ciphertext_size",
    "decrypt_payload",
    "open_file_key",
    "read_header",
    "signature_of",
    "verify_signature",
    "write_bundle_file",
]
