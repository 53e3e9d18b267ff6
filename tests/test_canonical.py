"""Canonical JSON: one byte string per value; parse accepts only canonical bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain import canonical
from fieldkit.domain.errors import InvalidRecord

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(text, inner, max_size=5),
    max_leaves=30,
)


@given(values)
def test_round_trip_is_identity(value: object) -> None:
    encoded = canonical.dumps(value)
    assert canonical.parse(encoded) == value
    assert canonical.dumps(canonical.parse(encoded)) == encoded


@given(st.dictionaries(text, scalars, min_size=2, max_size=8))
def test_key_order_does_not_change_bytes(value: dict[str, object]) -> None:
    reordered = dict(reversed(list(value.items())))
    assert canonical.dumps(reordered) == canonical.dumps(value)
    assert canonical.content_hash(reordered) == canonical.content_hash(value)


@given(values)
def test_non_canonical_spellings_are_refused(value: object) -> None:
    pretty = json.dumps(value, indent=1, ensure_ascii=True).encode()
    if pretty != canonical.dumps(value):
        with pytest.raises(InvalidRecord):
            canonical.parse(pretty)


def test_cyrillic_and_polish_are_written_as_themselves() -> None:
    assert canonical.dumps({"t": "Свідчення żółw"}) == '{"t":"Свідчення żółw"}'.encode()


def test_no_unicode_normalisation_of_testimony() -> None:
    composed, decomposed = "\u00f3", "o\u0301"
    assert canonical.dumps(composed) != canonical.dumps(decomposed)


@pytest.mark.parametrize(
    "bad",
    [b'{"a":1,"a":2}', b'{"a":1.5}', b"NaN", b'{"a":1} ', b"\xff", b'{"b":1,"a":2}', b"[1e3]"],
)
def test_hostile_bytes_are_refused(bad: bytes) -> None:
    with pytest.raises(InvalidRecord):
        canonical.parse(bad)


@pytest.mark.parametrize("bad", [1.5, float("nan"), 2**60, {1: "x"}, b"bytes", "\ud800"])
def test_values_outside_the_model_are_refused(bad: object) -> None:
    with pytest.raises(InvalidRecord):
        canonical.dumps(bad)
