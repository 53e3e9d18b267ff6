"""Strict conversion between frozen dataclasses and plain JSON values.

One generic converter instead of a hand-written ``from_dict`` per type: the
dataclass annotations are the schema. Input is treated as hostile: unknown
keys, wrong types, over-long text and over-long lists are refused with an
``InvalidRecord`` that names the field, never its content.

Each annotation is compiled once into a converter function (cached), and the
path to a bad field is only assembled when something fails, so converting the
thousands of records of an import stays cheap.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, TypeVar, get_args, get_origin

from fieldkit.domain.errors import InvalidRecord

T = TypeVar("T")

MAX_TEXT = 2_000_000  # characters in one field: a two-hour account is ~150k
MAX_ITEMS = 10_000  # items in one list

Converter = Callable[[Any], Any]


class _Bad(Exception):
    """Raised inside converters; carries the path (innermost first) and the expectation."""

    def __init__(self, expected: str, code: str = "record.field_type") -> None:
        super().__init__(expected)
        self.expected = expected
        self.code = code
        self.path: list[str] = []


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
    try:
        return typing.cast(T, _converter(typing.cast(Any, cls))(untrusted))
    except _Bad as bad:
        where = ".".join([path or cls.__name__, *reversed(bad.path)]).replace(".[", "[")
        if bad.code == "record.unknown_field":
            raise InvalidRecord(
                f"Field '{where}' has an unknown entry '{bad.expected}'.", code=bad.code
            ) from None
        if bad.code == "record.missing":
            raise InvalidRecord(f"Field '{where}' is missing required entries.") from None
        raise InvalidRecord(f"Field '{where}' must be {bad.expected}.", code=bad.code) from None


@cache
def _converter(tp: Any) -> Converter:
    origin = get_origin(tp)
    if tp is Any:
        return lambda value: value
    if origin is typing.Union or origin is types.UnionType:
        inner = [o for o in get_args(tp) if o is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {tp!r}")
        convert_inner = _converter(inner[0])
        return lambda value: None if value is None else convert_inner(value)
    if origin is Literal:
        return _literal(get_args(tp))
    if origin is tuple:
        return _sequence(_converter(get_args(tp)[0]))
    if origin is dict:
        key_type, value_type = get_args(tp)
        return _mapping(_converter(key_type), _converter(value_type))
    if tp is bool:
        return _exact(bool, "true or false")
    if tp is int:
        return _exact(int, "a whole number")
    if tp is str:
        return _text
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass(tp)
    raise TypeError(f"unsupported annotation {tp!r}")  # a bug, not bad input


_FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")


def _safe_name(key: object) -> str:
    """A key as it may appear in an error: hostile keys can hold testimony, so only
    keys shaped like field names are echoed."""
    return key if isinstance(key, str) and _FIELD_NAME.fullmatch(key) else "(unnamed)"


def _literal(allowed: tuple[Any, ...]) -> Converter:
    def convert(value: Any) -> Any:
        if value not in allowed or type(value) is not type(allowed[0]):
            raise _Bad("one of " + ", ".join(repr(a) for a in allowed))
        return value

    return convert


def _exact(kind: type, expected: str) -> Converter:
    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise _Bad(expected)
        return value

    return convert


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _Bad("text")
    if len(value) > MAX_TEXT:
        raise _Bad(f"text of at most {MAX_TEXT} characters")
    return value


def _sequence(item: Converter) -> Converter:
    def convert(value: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _Bad("a list")
        if len(value) > MAX_ITEMS:
            raise _Bad(f"a list of at most {MAX_ITEMS} items")
        result = []
        for index, entry in enumerate(value):
            try:
                result.append(item(entry))
            except _Bad as bad:
                bad.path.append(f"[{index}]")
                raise
        return tuple(result)

    return convert


def _mapping(key: Converter, item: Converter) -> Converter:
    def convert(value: Any) -> dict[Any, Any]:
        if type(value) is not dict or len(value) > MAX_ITEMS:
            raise _Bad("an object")
        result = {}
        for name, entry in value.items():
            try:
                result[key(name)] = item(entry)
            except _Bad as bad:
                bad.path.append(_safe_name(name))
                raise
        return result

    return convert


def _dataclass(cls: type) -> Converter:
    hints = typing.get_type_hints(cls)
    fields = [
        (f.name, _converter(hints[f.name]), _converter(hints[f.name]) is _text)
        for f in dataclasses.fields(cls)
    ]
    names = frozenset(name for name, _, _ in fields)
    build = _builder(cls)

    def convert(value: Any) -> Any:
        if type(value) is not dict:
            raise _Bad("an object")
        if not names.issuperset(value):
            for key in value:
                if key not in names:
                    raise _Bad(_safe_name(key), "record.unknown_field")
        kwargs = {}
        for name, field_converter, is_text in fields:
            if name in value:
                entry = value[name]
                if is_text and type(entry) is str and len(entry) <= MAX_TEXT:
                    kwargs[name] = entry  # what _text returns, without the call
                    continue
                try:
                    kwargs[name] = field_converter(entry)
                except _Bad as bad:
                    bad.path.append(name)
                    raise
        return build(kwargs)

    return convert


def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """``cls(**kwargs)``, or a quicker equivalent for a plain dataclass.

    A dataclass whose generated ``__init__`` only assigns its fields (no
    ``__post_init__``, no slots, no init-only or excluded fields) is built by
    filling its ``__dict__`` with the given values and the defaults: the same
    object, without one ``object.__setattr__`` per field of a frozen class.
    """
    fields = dataclasses.fields(cls)
    init_code = getattr(cls.__dict__.get("__init__"), "__code__", None)
    plain = (
        not hasattr(cls, "__post_init__")
        and not hasattr(cls, "__slots__")
        and all(f.init for f in fields)
        and len(fields) == len(cls.__dict__.get("__dataclass_fields__", ()))  # no InitVar
        and init_code is not None
        and init_code.co_filename == "<string>"  # generated by @dataclass, not written
    )

    def build_slowly(kwargs: dict[str, Any]) -> Any:
        try:
            return cls(**kwargs)
        except TypeError:
            raise _Bad("", "record.missing") from None

    if not plain:
        return build_slowly
    # Every field in order (as __init__ would assign them), defaults filled in.
    template = {f.name: None if f.default is dataclasses.MISSING else f.default for f in fields}
    factories = [
        (f.name, f.default_factory) for f in fields if f.default_factory is not dataclasses.MISSING
    ]
    required = frozenset(
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    new = object.__new__

    def build(kwargs: dict[str, Any]) -> Any:
        if required and not required.issubset(kwargs):
            return build_slowly(kwargs)  # raises record.missing, as cls(**kwargs) would
        state = template.copy()
        state.update(kwargs)  # existing keys keep their place: field order
        for name, factory in factories:
            if name not in kwargs:
                state[name] = factory()
        obj: Any = new(cls)
        obj.__dict__.update(state)
        return obj

    return build
