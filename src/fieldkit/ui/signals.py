"""Emit signals from Python through :func:`emit`, never ``signal.emit(...)`` directly.

PySide6 6.12 on Python 3.11 returns ``True`` from ``SignalInstance.emit`` without
taking a reference to it, so every Python-side emit lowers ``True``'s reference
count by one; after a few thousand emits the interpreter aborts with "Fatal
Python error: bool_dealloc". (From Python 3.12 on, ``True`` is immortal and the
bug is harmless.) :func:`emit` gives the missing reference back, but only when a
probe at import time shows the leak, so a fixed PySide6 needs no change here.
Signals emitted by Qt itself (``clicked``, ``textChanged`` ...) and
signal-to-signal connections are not affected.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["EMIT_LEAKS_TRUE", "emit"]

_PROBES = 16

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_leaks_true() -> bool:
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # repair what the probe itself cost
        _incref(True)
    return lost >= _PROBES


EMIT_LEAKS_TRUE = _emit_leaks_true()


def emit(signal: SignalInstance, *args: object) -> None:
    """``signal.emit(*args)``, without the reference leak described above."""
    result = cast(Callable[..., object], signal.emit)(*args)
    if EMIT_LEAKS_TRUE and isinstance(result, bool):
        _incref(result)
