"""Canonical JSON: one byte string per value, so hashes and signatures are stable.

Rules (also in docs/vault-format.md):
- UTF-8, no byte-order mark, no insignificant whitespace;
- object keys are strings, sorted by Unicode code point, never duplicated;
- values are objects, arrays, strings, integers (within +-2**53), true, false
  or null; floats are refused, so numbers never round differently elsewhere;
- strings are kept exactly as given (no Unicode normalisation: a person's words
  are evidence) and must be valid Unicode (no lone surrogates);
- non-ASCII characters are written as themselves; only the escapes JSON requires
  are used.

``parse`` is strict: it accepts only bytes that are already canonical, so a
hostile file cannot smuggle two meanings past a hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from fieldkit.domain.errors import InvalidRecord

MAX_SAFE_INTEGER = 2**53
JsonValue = Any


def _check(value: object, depth: int = 0) -> None:
    """Refuse what canonical JSON cannot hold. Exact type tests first: this runs on
    every value of every record, so the common cases must be cheap."""
    kind = type(value)
    if kind is str:
        try:
            value.encode("utf-8")  # type: ignore[attr-defined]
        except UnicodeEncodeError as exc:
            raise InvalidRecord(
                "The record holds text that is not valid Unicode.", code="canonical.unicode"
            ) from exc
        return
    if value is None or kind is bool:
        return
    if kind is int:
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:  # type: ignore[operator]
            raise InvalidRecord("A number in the record is too large.", code="canonical.int_range")
        return
    if depth > 64:
        raise InvalidRecord("The record is nested too deeply.", code="canonical.too_deep")
    if kind is dict:
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                raise InvalidRecord("Record keys must be text.", code="canonical.key")
            _check(key, depth + 1)
            _check(item, depth + 1)
        return
    if kind is list or kind is tuple:
        for item in value:  # type: ignore[attr-defined]
            _check(item, depth + 1)
        return
    if isinstance(value, float):
        raise InvalidRecord("Records may not hold fractional numbers.", code="canonical.float")
    if isinstance(value, bool | int | str):  # subclasses: normalise through the slow path
        _check(_plain(value), depth)
        return
    if isinstance(value, Mapping):
        _check(dict(value), depth)
        return
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        _check(list(value), depth)
        return
    raise InvalidRecord(
        f"A record cannot hold a value of type {type(value).__name__}.", code="canonical.type"
    )


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    return str(value)


def dumps(value: JsonValue) -> bytes:
    """Serialise ``value`` to canonical JSON bytes."""
    _check(value)
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise InvalidRecord("The record repeats a key.", code="canonical.duplicate_key")
        result[key] = item
    return result


def _refuse_float(_text: str) -> float:
    raise InvalidRecord("Records may not hold fractional numbers.", code="canonical.float")


def _refuse_constant(_text: str) -> float:
    raise InvalidRecord("Records may not hold NaN or Infinity.", code="canonical.float")


def _checked_int(text: str) -> int:
    value = int(text)
    if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise InvalidRecord("A number in the record is too large.", code="canonical.int_range")
    return value


_DECODER = json.JSONDecoder(
    parse_float=_refuse_float, parse_int=_checked_int, parse_constant=_refuse_constant
)
# Values straight out of the decoder hold no cycles, so the cycle check is skipped.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False,
    sort_keys=True,
    separators=(",", ":"),
    allow_nan=False,
    check_circular=False,
)


def parse(untrusted: bytes) -> JsonValue:
    """Parse bytes that must already be canonical; raise ``InvalidRecord`` otherwise.

    The hooks refuse fractions, NaN, out-of-range integers and repeated keys while
    parsing; writing the value back must then give exactly the same bytes (which
    also refuses lone surrogates, unsorted keys and any other spelling).

    Canonical input, the common case, takes a quicker path first: the same parse
    without the per-object duplicate-key hook (a repeated key cannot survive
    being written back: the value would be shorter than the input). Anything
    that path does not accept goes through the strict one, so errors and their
    codes are exactly as before.
    """
    try:
        value = _DECODER.decode(untrusted.decode("utf-8", errors="strict"))
        if _ENCODER.encode(value).encode("utf-8") == untrusted:
            return value
    except (InvalidRecord, UnicodeError, ValueError, RecursionError):
        pass
    return _parse_strict(untrusted)


def _parse_strict(untrusted: bytes) -> JsonValue:
    try:
        text = untrusted.decode("utf-8", errors="strict")
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_refuse_float,
            parse_int=_checked_int,
            parse_constant=_refuse_constant,
        )
        again = json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    except InvalidRecord:
        raise
    except (UnicodeError, ValueError, RecursionError) as exc:
        raise InvalidRecord("The data is not valid JSON.", code="canonical.syntax") from exc
    if again != untrusted:
        raise InvalidRecord("The data is not in canonical form.", code="canonical.form")
    return value


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: JsonValue) -> str:
    """SHA-256 (hex) of the canonical form of ``value``."""
    return sha256_hex(dumps(value))
