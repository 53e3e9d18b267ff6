"""Read-side helpers for the interview list: search matches as list rows, rows by id, cities.

:func:`fieldkit.services.records.list_interviews` pages through the list with
keyset pagination; these are what the list needs besides. :func:`search_rows`
runs the full-text search and returns the matching list rows in one query,
sorted like the list and with its filters applied before the limit (so a filter
never hides matches that a larger limit would have found). All values are bound
parameters; the column names come from the fixed tables of ``store.queries``.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from fieldkit.services.session import Session
from fieldkit.store import queries, search
from fieldkit.store.db import Connection
from fieldkit.store.queries import InterviewFilter, InterviewRow

__all__ = ["SEARCH_LIMIT", "known_cities", "rows_for", "search_query", "search_rows"]

SEARCH_LIMIT = 200
"""How many matching interviews a search shows at most."""
MIN_PREFIX = 3
"""Letters the word being typed needs before it is searched (as the start of words)."""
_WORD = re.compile(r"\w+", re.UNICODE)
_FEW = 1000  # up to this many matches, looking each one up beats walking the list
_WALK_CHUNK = 256  # keys per fetch while walking an index
_INDEXED_SORTS = frozenset({"date", "case", "city"})  # sort keys whose column has an index

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


def _clauses(where: InterviewFilter) -> tuple[list[str], list[object]]:
    """The SQL conditions of ``where`` on the ``interviews`` table aliased ``i``."""
    clauses: list[str] = []
    params: list[object] = []
    if where.status:
        clauses.append("i.status = ?")
        params.append(where.status)
    if where.city:
        clauses.append("i.city = ?")
        params.append(where.city)
    if where.date_from:
        clauses.append("i.interview_date >= ?")
        params.append(where.date_from)
    if where.date_to:
        clauses.append("i.interview_date <= ?")
        params.append(where.date_to)
    if where.category:
        clauses.append("(' ' || i.categories || ' ') LIKE ?")
        params.append(f"% {where.category} %")
    return clauses, params


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
    """The first ``limit`` interviews matching ``text``, in the list's order, filtered.

    Ordered like :func:`records.list_interviews` (``sort`` is a key of
    ``queries.SORT_COLUMNS``), not by relevance: ranking with bm25 reads every
    match, which takes seconds for a common word among 100 000 interviews.
    Psychologists' notes are never in this index.
    """
    session.require_kind("interview")
    query = search_query(text)
    if query is None:
        return []
    conn = session.vault.conn
    column = queries.SORT_COLUMNS[sort]
    order = "DESC" if descending else "ASC"
    clauses, params = _clauses(where or InterviewFilter())
    # The match set in rowid order is the cheap part of a full-text query (no ranking).
    keys = [int(r[0]) for r in conn.execute(
        "SELECT rowid FROM interview_text WHERE interview_text MATCH ?", (query,)
    )]
    if not keys:
        return []
    condition = "".join(f" AND {clause}" for clause in clauses)
    if len(keys) <= _FEW:  # few matches: look them up, filter and sort them in SQL
        marks = ",".join("?" * len(keys))
        # The column and the direction come from fixed tables; values are bound parameters.
        sql = (
            f"SELECT {_COLUMNS} FROM interviews i WHERE i.id IN ({marks}){condition}"  # noqa: S608
            f" ORDER BY i.{column} {order}, i.id {order} LIMIT ?"
        )
        return [_row(r) for r in conn.execute(sql, [*keys, *params, limit])]
    matching = set(keys)
    if sort not in _INDEXED_SORTS:  # no index to walk: the first matches by (value, key)
        scan = conn.execute(
            f"SELECT i.{column}, i.id FROM interviews i"  # noqa: S608 - fixed column names
            + (" WHERE " + " AND ".join(clauses) if clauses else ""),
            params,
        )
        pick = heapq.nlargest if descending else heapq.nsmallest
        best = pick(limit, (tuple(r) for r in scan if r[1] in matching))
        return _rows_by_key(conn, [int(key) for _value, key in best])
    # Many: walk the sort column's index in the list's order and keep the first keys
    # that match (reading keys only, a few hundred of them when matches are dense).
    walk = conn.execute(
        "SELECT i.id FROM interviews i"  # noqa: S608 - fixed column names, bound values
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + f" ORDER BY i.{column} {order}, i.id {order}",
        params,
    )
    found: list[int] = []
    try:
        while len(found) < limit:
            chunk = walk.fetchmany(_WALK_CHUNK)
            if not chunk:
                break
            found.extend(key for (key,) in chunk if key in matching)
    finally:
        walk.close()
    return _rows_by_key(conn, found[:limit])


def _rows_by_key(conn: Connection, keys: Sequence[int]) -> list[InterviewRow]:
    """The rows with these ``interviews.id`` keys, in the order given."""
    found: dict[int, InterviewRow] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_COLUMNS} FROM interviews i WHERE i.id IN ({marks})"  # noqa: S608
        for r in conn.execute(sql, chunk):
            row = _row(r)
            found[row.key] = row
    return [found[key] for key in keys if key in found]


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
