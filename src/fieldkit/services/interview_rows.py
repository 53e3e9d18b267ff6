"""Read-side helpers for the interview list: search matches as list rows, rows by id, cities.

:func:`fieldkit.services.records.list_interviews` pages through the list with
keyset pagination; these are what the list needs besides. :func:`search_rows`
runs the full-text search and returns the matching list rows (all of them, or
the most recently recorded ones when there are more than the limit), sorted like
the list and with its filters applied before the limit. All values are bound
parameters; the column names come from the fixed tables of ``store.queries``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fieldkit.services.session import Session
from fieldkit.store import queries, search
from fieldkit.store.queries import InterviewFilter, InterviewRow

__all__ = ["SEARCH_LIMIT", "known_cities", "rows_for", "search_query", "search_rows"]

SEARCH_LIMIT = 200
"""How many matching interviews a search shows at most."""
MIN_PREFIX = 3
"""Letters the word being typed needs before it is searched (as the start of words)."""
_WORD = re.compile(r"\w+", re.UNICODE)

_COLUMNS = (
    "i.id, i.record_id, i.case_number, i.person_code, i.interview_date, i.city,"
    " i.categories, i.status, i.updated_at"
)
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound parameters


def _row(r: Sequence[object]) -> InterviewRow:
    return InterviewRow(
        int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
        tuple(str(r[6]).split()), str(r[7]), str(r[8]),
    )


def search_query(text: str) -> str | None:
    """The full-text query typing ``text`` runs; None while there is nothing to search yet.

    A last word shorter than :data:`MIN_PREFIX` is still being typed: it is left
    out (as a prefix it would match most interviews, and slowly).
    """
    words = _WORD.findall(text)
    if words and len(words[-1]) < MIN_PREFIX:
        words = words[:-1]
    return search.fts_query(" ".join(words))


def search_rows(
    session: Session,
    text: str,
    *,
    where: InterviewFilter | None = None,
    sort: str = "date",
    descending: bool = True,
    limit: int = SEARCH_LIMIT,
) -> list[InterviewRow]:
    """Up to ``limit`` interviews matching ``text`` and ``where``, in the list's order.

    When at most ``limit`` interviews match, these are all of them. When more
    match, they are the ``limit`` most recently recorded matches (the newest
    end of the full-text index), shown sorted like the list
    (:func:`records.list_interviews`; ``sort`` is a key of
    ``queries.SORT_COLUMNS``). Reading only that end keeps a keystroke fast
    whatever the word: a word found in most of 100 000 accounts has a match
    list of tens of thousands of ids, and reading it whole (or ranking it with
    bm25) takes longer than a keystroke may. The filters apply before the limit,
    so a filter never hides matches that a larger limit would have shown.
    Psychologists' notes are never in this index.
    """
    session.require_kind("interview")
    query = search_query(text)
    if query is None:
        return []
    conn = session.vault.conn
    column = queries.SORT_COLUMNS[sort]
    order = "DESC" if descending else "ASC"
    clauses, params = queries.filter_clauses(where or InterviewFilter(), "i.")
    condition = "".join(f" AND {clause}" for clause in clauses)
    # FTS5 walks its index backwards from the newest rowid and stops at the limit.
    # CROSS JOIN keeps the index the outer loop: looking up each row of a filtered
    # list in the full-text index instead costs a second per common word.
    keys = [int(r[0]) for r in conn.execute(
        "SELECT t.rowid FROM interview_text t CROSS JOIN interviews i ON i.id = t.rowid"  # noqa: S608
        f" WHERE interview_text MATCH ?{condition} ORDER BY t.rowid DESC LIMIT ?",
        [query, *params, limit],
    )]
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    # The column and the direction come from fixed tables; values are bound parameters.
    sql = (
        f"SELECT {_COLUMNS} FROM interviews i WHERE i.id IN ({marks})"  # noqa: S608
        f" ORDER BY i.{column} {order}, i.id {order}"
    )
    return [_row(r) for r in conn.execute(sql, keys)]


def rows_for(session: Session, record_ids: Sequence[str]) -> list[InterviewRow]:
    """The list rows of these interviews, in the order given; unknown ids are left out."""
    session.require_kind("interview")
    conn = session.vault.conn
    found: dict[str, InterviewRow] = {}
    for start in range(0, len(record_ids), _CHUNK):
        chunk = list(record_ids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_COLUMNS} FROM interviews i WHERE i.record_id IN ({marks})"  # noqa: S608
        for r in conn.execute(sql, chunk):
            row = _row(r)
            found[row.record_id] = row
    return [found[rid] for rid in record_ids if rid in found]


def known_cities(session: Session) -> list[str]:
    """Every city an interview of this profile took place in, sorted."""
    session.require_kind("interview")
    rows = session.vault.conn.execute(
        "SELECT DISTINCT city FROM interviews WHERE city != '' ORDER BY city"
    ).fetchall()
    return [str(r[0]) for r in rows]
