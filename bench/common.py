"""What the benchmark scripts share: peak-memory probes, JSON lines to a parent, the table.

The scripts import it as ``common`` (``bench/`` is first on ``sys.path`` when one
of them runs). Each script still decides what it measures and against what.

MB in the output means MiB (2**20 bytes).
"""

from __future__ import annotations

import json
import resource
import sys
from dataclasses import dataclass, field
from typing import Final

PASSPHRASE: Final = "кава з молоком, proszę, and two sugars"
MIB: Final = 1 << 20


def status_kib(name: str) -> int | None:
    """A ``/proc/self/status`` figure in KiB (``VmRSS``, ``VmHWM``), None where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(name + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark of this process (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def ru_maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


def emit(value: object) -> None:
    """One JSON line on stdout: how a child process reports to its parent."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def say(text: str) -> None:
    print(text, flush=True)


@dataclass
class Row:
    figure: str
    value: str
    target: str = ""
    ok: bool | None = None


@dataclass
class Report:
    """The figures beside their targets, printed as one table with PASS or MISS."""

    rows: list[Row] = field(default_factory=list)

    def add(self, figure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append(Row(figure, value, target, ok))

    def print_table(self) -> None:
        width = max(len(r.figure) for r in self.rows)
        vwidth = max(len(r.value) for r in self.rows)
        twidth = max(len(r.target) for r in self.rows)
        print()
        print(f"{'figure':<{width}}  {'value':>{vwidth}}  {'target':<{twidth}}  result")
        print("-" * (width + vwidth + twidth + 12))
        for r in self.rows:
            result = "" if r.ok is None else ("PASS" if r.ok else "MISS")
            print(f"{r.figure:<{width}}  {r.value:>{vwidth}}  {r.target:<{twidth}}  {result}")
