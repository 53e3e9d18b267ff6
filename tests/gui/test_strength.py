"""The passphrase hint's estimate: length and variety, several words win."""

from __future__ import annotations

import pytest

from fieldkit.ui.start.strength import Strength, assess


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.EMPTY),
        ("   ", Strength.EMPTY),
        ("abc", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("qwertyuiop", Strength.WEAK),
        ("sunflowers-rain", Strength.FAIR),
        ("correct horse battery staple", Strength.STRONG),
        ("сонце над львовом вранці", Strength.STRONG),
    ],
)
def test_assess(passphrase: str, expected: Strength) -> None:
    assert assess(passphrase) == expected
