"""The emit() helper keeps True's reference count steady (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from fieldkit.ui.signals import emit


class Source(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_through_the_helper_leaks_no_reference_to_true() -> None:
    source = Source()
    received: list[object] = []
    source.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(2_000):  # more than enough to abort the interpreter without the fix
        emit(source.plain)
        emit(source.carrying, 1)
    received.clear()
    assert abs(sys.getrefcount(True) - before) <= 2


def test_the_installed_pyside_does_not_leak() -> None:
    """pyproject.toml excludes PySide6 6.12.0; this catches an upgrade into the bug."""
    from fieldkit.ui.signals import EMIT_LEAKS_TRUE

    assert not EMIT_LEAKS_TRUE
