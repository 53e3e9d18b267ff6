"""Read-side queries over the projections, with keyset pagination (never OFFSET)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldkit.store.db import Connection

SORT_COLUMNS: Final = {
    "date": "interview_date",
    "case": "case_number",
    "city": "city",
    "person": "person_code",
    "status": "status",
    "updated": "updated_at",
}


@dataclass(frozen=True)
class InterviewRow:
    key: int  # stable row id used for keyset pagination
    record_id: str
    case_number: str
    person_code: str
    interview_date: str
    city: str
    categories: tuple[str, ...]
    status: str
    updated_at: str


@dataclass(frozen=True)
class InterviewFilter:
    status: str | None = None
    city: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    category: str | None = None


def filter_clauses(where: InterviewFilter, table: str = "") -> tuple[list[str], list[object]]:
    """The SQL conditions of ``where`` on ``interviews`` (``table``: its alias plus a dot).

    The list and the search both filter with these, so they always agree.
    """
    clauses: list[str] = []
    params: list[object] = []
    if where.status:
        clauses.append(f"{table}status = ?")
        params.append(where.status)
    if where.city:
        clauses.append(f"{table}city = ?")
        params.append(where.city)
    if where.date_from:
        clauses.append(f"{table}interview_date >= ?")
        params.append(where.date_from)
    if where.date_to:
        clauses.append(f"{table}interview_date <= ?")
        params.append(where.date_to)
    if where.category:
        clauses.append(f"(' ' || {table}categories || ' ') LIKE ?")
        params.append(f"% {where.category} %")
    return clauses, params


def list_interviews(
    conn: Connection,
    *,
    sort: str = "date",
    descending: bool = True,
    after: tuple[str, int] | None = None,
    limit: int = 100,
    where: InterviewFilter = InterviewFilter(),
) -> list[InterviewRow]:
    """One page of interviews; pass the last row's (sort value, key) as ``after``."""
    column = SORT_COLUMNS[sort]
    clauses, params = filter_clauses(where)
    op = "<" if descending else ">"
    if after is not None:
        clauses.append(f"({column}, id) {op} (?, ?)")
        params.extend(after)
    order = "DESC" if descending else "ASC"
    # Column and direction come from fixed tables above; values are bound parameters.
    parts = [
        "SELECT id, record_id, case_number, person_code, interview_date, city, categories,"
        " status, updated_at FROM interviews",
        " WHERE " + " AND ".join(clauses) if clauses else "",
        f" ORDER BY {column} {order}, id {order} LIMIT ?",
    ]
    sql = "".join(parts)
    params.append(limit)
    return [
        InterviewRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6].split()), r[7], r[8])
        for r in conn.execute(sql, params)
    ]


def count_interviews(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM interviews").fetchone()[0])


def persons_matching(conn: Connection, key: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT record_id FROM persons WHERE match_key = ?", (key,))]
