"""Full-text search over narratives, translations and incident descriptions.

User text never reaches FTS5's query language directly: it is split into
words, each quoted, and the last one made a prefix (for search-as-you-type).
"""

from __future__ import annotations

import re

from fieldkit.store.db import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


# Letters the unicode61 tokenizer does not fold (they have no decomposition).
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})


def fold(text: str) -> str:
    """What the index stores and queries use, so "zolnierz" finds "żołnierz"."""
    return text.translate(_FOLD)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for ``text``: all words must match; None if there are none."""
    words = _WORD.findall(fold(text))[:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_interviews(conn: Connection, text: str, limit: int = 200) -> list[str]:
    """Record ids of interviews whose text matches, newest first.

    Ranking every match by relevance costs seconds for a common word at 100k
    interviews; newest first is what search-as-you-type needs.
    """
    query = fts_query(text)
    if query is None:
        return []
    rows = conn.execute(
        "SELECT i.record_id FROM interview_text t JOIN interviews i ON i.id = t.rowid"
        " WHERE interview_text MATCH ? ORDER BY t.rowid DESC LIMIT ?",
        (query, limit),
    ).fetchall()
    return [row[0] for row in rows]
