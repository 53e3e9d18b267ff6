"""At HQ: what the imported interviews add up to, and the summary PDF.

What is counted (see ``docs/statistics.md``): each interview whose *current*
record at HQ (``hq_records``, the newest revision from its laptop) is sealed
and whose consent to participate is in force. Drafts, withdrawn records,
sealed records whose consent to participate was withdrawn (or never given),
and records whose content HQ does not hold are counted apart, in the totals
only, never in a dimension.

- by city: the interview's city, spelled as most interviews spell it
  (grouped ignoring case and extra spaces);
- by month: the interview date's ``YYYY-MM`` (months in between with no
  interview are shown as 0, up to ten years);
- by interviewer: the display name of the sending profile and its laptop
  from the roster;
- by category of alleged act: an interview naming several categories counts
  once in each (and once only however many acts share a category);
- by consent scope: scopes granted and not withdrawn.

Counts of testimonies are not counts of events: the same event may be told
by many. Every front that shows these numbers says so.

One query reads every current interview (with only the two parts of its body
that matter, extracted by SQLite), one more the roster, one the last import:
10,000 records cost three queries.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from fieldkit.crypto.atomic import atomic_writer
from fieldkit.domain import vocabulary
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import utc_now
from fieldkit.report.pdf_model import check_language
from fieldkit.report.statistics_pdf import Count, Statistics, render_statistics_pdf
from fieldkit.services.hq_records import require_hq
from fieldkit.services.session import Session
from fieldkit.store import audit
from fieldkit.sync import org

__all__ = ["Count", "PdfResult", "Statistics", "compute", "export_pdf"]

_MONTH: Final = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")
_MAX_GAP_FILL: Final = 120  # months; a bogus year does not make a thousand empty bars

_QUERY: Final = (
    "SELECT r.profile_id, r.status, r.city, r.interview_date,"
    " CASE WHEN r.status = 'sealed' AND v.body IS NOT NULL"
    " AND json_valid(CAST(v.body AS TEXT))"
    " THEN json_extract(CAST(v.body AS TEXT), '$.acts', '$.consent') END"
    " FROM hq_records r LEFT JOIN hq_revisions v ON v.hash = r.head_hash"
    " WHERE r.kind = 'interview'"
)


@dataclass(frozen=True)
class PdfResult:
    path: Path
    sha256: str
    pages: int


def _fold(city: str) -> tuple[str, str]:
    """(grouping key, tidy spelling) of a city as typed."""
    tidy = " ".join(unicodedata.normalize("NFC", city).split())
    return tidy.casefold(), tidy


def _granted_scopes(consent: Any) -> set[str]:
    """Scopes whose last answer is yes and that no withdrawal names (as ``Consent.granted``)."""
    if not isinstance(consent, dict):
        return set()
    answers: dict[str, bool] = {}
    for answer in consent.get("scopes") or ():
        if isinstance(answer, dict) and isinstance(answer.get("scope"), str):
            answers[answer["scope"]] = answer.get("granted") is True
    withdrawn: set[str] = set()
    for withdrawal in consent.get("withdrawals") or ():
        if isinstance(withdrawal, dict):
            withdrawn.update(s for s in withdrawal.get("scopes") or () if isinstance(s, str))
    return {scope for scope, yes in answers.items() if yes and scope not in withdrawn}


def _categories(acts: Any) -> set[str]:
    if not isinstance(acts, list):
        return set()
    return {
        act["category"] for act in acts
        if isinstance(act, dict) and isinstance(act.get("category"), str) and act["category"]
    }


def _months(counter: Counter[str]) -> tuple[Count, ...]:
    """Months in order, the empty ones in between filled with 0 (within ten years)."""
    known = sorted(k for k in counter if k)
    keys = known
    if known:
        first, last = known[0], known[-1]
        y, m = int(first[:4]), int(first[5:7])
        span = (int(last[:4]) - y) * 12 + int(last[5:7]) - m
        if span <= _MAX_GAP_FILL:
            keys = []
            for _ in range(span + 1):
                keys.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    result = [Count(k, k, counter.get(k, 0)) for k in keys]
    if counter.get(""):
        result.append(Count("", "", counter[""]))
    return tuple(result)


def _ranked(counter: Counter[str], labels: dict[str, str]) -> tuple[Count, ...]:
    """Largest first; ties by label; "not recorded" last."""
    items = sorted((k for k in counter if k), key=lambda k: (-counter[k], labels[k].casefold()))
    result = [Count(k, labels[k], counter[k]) for k in items]
    if counter.get(""):
        result.append(Count("", "", counter[""]))
    return tuple(result)


def _interviewer_names(session: Session) -> dict[str, str]:
    return {
        profile_id: f"{name} ({device})" if device else name
        for profile_id, name, device in session.vault.conn.execute(
            "SELECT profile_id, name, device FROM roster_devices"
        )
    }


def compute(session: Session, lang: str = "en") -> Statistics:
    """Count HQ's current interviews; labels of vocabulary terms in ``lang``."""
    require_hq(session)
    lang = check_language(lang)
    conn = session.vault.conn
    drafts = withdrawn = no_consent = unreadable = counted = without_category = 0
    newest = ""
    cities: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    months: Counter[str] = Counter()
    senders: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    scopes: Counter[str] = Counter()
    for profile_id, status, city, date, parts in conn.execute(_QUERY):
        if status == "draft":
            drafts += 1
            continue
        if status == "withdrawn":
            withdrawn += 1
            continue
        if status != "sealed":
            continue
        try:
            acts, consent = json.loads(parts) if parts is not None else (None, None)
        except (ValueError, TypeError):
            acts = consent = None
        if consent is None and acts is None:
            unreadable += 1
            continue
        granted = _granted_scopes(consent)
        if "participation" not in granted:
            no_consent += 1
            continue
        counted += 1
        key, tidy = _fold(city or "")
        cities[key] += 1
        if key:
            spellings.setdefault(key, Counter())[tidy] += 1
        found = _MONTH.match(date or "")
        months[found.group(0) if found else ""] += 1
        if found and date[:10] > newest:
            newest = date[:10]
        senders[profile_id] += 1
        named = _categories(acts)
        if not named:
            without_category += 1
        categories.update(named)
        scopes.update(granted)
    city_labels = {k: s.most_common(1)[0][0] for k, s in spellings.items()}
    names = _interviewer_names(session)
    sender_labels = {p: names.get(p, p[:13]) for p in senders}
    last_import = conn.execute(
        "SELECT coalesce(max(imported_at), '') FROM hq_bundles WHERE status = 'imported'"
    ).fetchone()[0]
    return Statistics(
        language=lang,
        interviews=counted,
        drafts=drafts,
        withdrawn=withdrawn,
        no_consent=no_consent,
        unreadable=unreadable,
        newest_interview_date=newest,
        last_import_at=str(last_import),
        by_city=_ranked(cities, city_labels),
        by_month=_months(months),
        by_interviewer=_ranked(senders, sender_labels),
        by_category=_category_counts(categories, lang),
        without_category=without_category,
        by_scope=_scope_counts(scopes, lang),
    )


def _category_counts(counter: Counter[str], lang: str) -> tuple[Count, ...]:
    """Largest first, ties in the vocabulary's order; codes the vocabulary lacks by code."""
    known = vocabulary.violations()
    order = {code: index for index, code in enumerate(known.codes())}
    result = []
    for code in sorted(counter, key=lambda c: (-counter[c], order.get(c, len(order)), c)):
        if known.has(code):
            term = known.get(code)
            rome = term.extra.get("rome_statute")
            result.append(Count(code, term.label(lang), counter[code],
                                rome if isinstance(rome, str) else ""))
        else:
            result.append(Count(code, code, counter[code]))
    return tuple(result)


def _scope_counts(counter: Counter[str], lang: str) -> tuple[Count, ...]:
    """Every scope of the vocabulary, in its order (0 where none granted)."""
    return tuple(
        Count(term.code, term.label(lang), counter.get(term.code, 0))
        for term in vocabulary.consent_scopes()
    )


def export_pdf(session: Session, dest: Path, lang: str = "en") -> PdfResult:
    """Write the summary PDF to ``dest`` (atomically, mode 0600); audited as ``print``.

    THE PDF IS NOT ENCRYPTED. It holds counts, city names and interviewers'
    names, no testimony; the fronts still warn and let the coordinator choose
    ``dest`` first.
    """
    stats = compute(session, lang)
    the_org = org.require_org(session.vault)
    data, pages = render_statistics_pdf(stats, organisation=the_org.org_name,
                                        generated_at=utc_now())
    digest = hashlib.sha256(data).hexdigest()
    path = Path(dest)
    if path.is_dir():
        raise FieldKitError(f"{path.name or path} is a folder. Choose a file name for the PDF.",
                            code="report.destination")
    try:
        with atomic_writer(path, mode=0o600) as out:
            out.write(data)
            audit.record(session.vault, "print", kind="statistics", language=stats.language,
                         interviews=stats.interviews, pages=pages, sha256=digest)
    except OSError as exc:
        raise FieldKitError(
            f"The PDF could not be written to {path.name}: {exc.strerror or exc}. "
            "Check that the folder exists, is writable and has free space.",
            code="report.write_failed",
        ) from None
    return PdfResult(path.resolve(), digest, pages)
