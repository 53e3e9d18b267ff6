"""Making untrusted text safe to show: no control characters, no terminal escapes."""

from __future__ import annotations

import unicodedata

_KEEP = {"\n", "\t"}


def plain(untrusted: str, *, keep_newlines: bool = False) -> str:
    """Drop control and format characters (ANSI escapes, bidi overrides) from ``untrusted``."""
    out = []
    for ch in untrusted:
        category = unicodedata.category(ch)
        if ch in _KEEP and keep_newlines:
            out.append(ch)
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append("\N{REPLACEMENT CHARACTER}" if category != "Cf" else "")
        else:
            out.append(ch)
    return "".join(out)
