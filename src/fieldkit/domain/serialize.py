"""Strict conversion between frozen dataclasses and plain JSON values.

One generic converter instead of a hand-written ``from_dict`` per type: the
dataclass annotations are the schema. Input is treated as hostile: unknown
keys, wrong types, over-long text and over-long lists are refused with an
``InvalidRecord`` that names the field, never its content.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, Literal, TypeVar, get_args, get_origin

from fieldkit.domain.errors import InvalidRecord

T = TypeVar("T")

MAX_TEXT = 2_000_000  # characters in one field: a two-hour account is ~150k
MAX_ITEMS = 10_000  # items in one list


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_json(value: Any) -> Any:
    """Dataclass (or tuple, or scalar) to JSON-ready values; ``None`` fields are kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value


def from_json(cls: type[T], untrusted: Any, path: str = "") -> T:
    """Build ``cls`` from ``untrusted`` JSON values, checking every field."""
    return typing.cast(T, _convert(cls, untrusted, path or cls.__name__))


def _fail(path: str, expected: str) -> InvalidRecord:
    return InvalidRecord(f"Field '{path}' must be {expected}.", code="record.field_type")


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin is typing.Union or origin is types.UnionType:
        options = get_args(tp)
        if value is None and type(None) in options:
            return None
        inner = [o for o in options if o is not type(None)]
        if len(inner) == 1:
            return _convert(inner[0], value, path)
        raise _fail(path, "of a single type")
    if origin is Literal:
        allowed = get_args(tp)
        if value not in allowed or type(value) is not type(allowed[0]):
            raise _fail(path, "one of " + ", ".join(repr(a) for a in allowed))
        return value
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(value, list | tuple):
            raise _fail(path, "a list")
        if len(value) > MAX_ITEMS:
            raise _fail(path, f"a list of at most {MAX_ITEMS} items")
        item_type = args[0]
        return tuple(_convert(item_type, item, f"{path}[{i}]") for i, item in enumerate(value))
    if origin is dict:
        key_type, value_type = get_args(tp)
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            raise _fail(path, "an object")
        return {
            _convert(key_type, k, f"{path}.key"): _convert(value_type, v, f"{path}.{str(k)[:40]}")
            for k, v in value.items()
        }
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(path, "true or false")
        return value
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(path, "a whole number")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _fail(path, "text")
        if len(value) > MAX_TEXT:
            raise _fail(path, f"text of at most {MAX_TEXT} characters")
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _convert_dataclass(tp, value, path)
    raise TypeError(f"unsupported annotation {tp!r} at {path}")  # a bug, not bad input


def _convert_dataclass(cls: type, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise _fail(path, "an object")
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = [k for k in value if k not in names]
    if unknown:
        first = str(unknown[0])[:40]
        raise InvalidRecord(
            f"Field '{path}' has an unknown entry '{first}'.", code="record.unknown_field"
        )
    kwargs = {
        name: _convert(hints[name], value[name], f"{path}.{name}")
        for name in names
        if name in value
    }
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise InvalidRecord(f"Field '{path}' is missing required entries.") from exc
