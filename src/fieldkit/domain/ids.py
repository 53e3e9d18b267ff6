"""Record identifiers (UUIDv7, RFC 9562) and timestamps.

UUIDv7 sorts by creation time, which keeps indexes compact and lets people
read roughly when a record began. Python 3.11 has no ``uuid.uuid7``, so it is
built here from the standard library's clock and ``secrets``.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
import uuid
from datetime import UTC, datetime

from fieldkit.domain.errors import InvalidRecord

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A new UUIDv7 string; monotonic within this process."""
    global _last_ms, _counter  # noqa: PLW0603 - process-wide monotonic clock state
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            _counter += 1
            if _counter >= 1 << 12:
                _last_ms += 1
                _counter = 0
            now_ms = _last_ms
        else:
            _last_ms = now_ms
            _counter = secrets.randbits(8)
        rand_a = _counter
    rand_b = secrets.randbits(62)
    value = (now_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def check_id(untrusted: object, what: str = "record id") -> str:
    """Return ``untrusted`` if it is a lower-case UUID string, else raise."""
    if not isinstance(untrusted, str) or not _UUID_RE.fullmatch(untrusted):
        raise InvalidRecord(f"The {what} is not a valid identifier.", code="record.bad_id")
    return untrusted


def utc_now() -> str:
    """Current UTC time as ISO 8601 with microseconds and a Z suffix."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_zone() -> str:
    """The machine's local zone name (or offset), recorded beside UTC times."""
    now = datetime.now().astimezone()
    name = now.tzname() or ""
    offset = now.strftime("%z")
    return f"{name} {offset}".strip()
