"""Who may receive what at HQ: the recipients and the consent check of every record.

Split from ``services/transmittal.py`` so the rule a prosecutor's package rests
on (a record goes to a recipient only if it is sealed, the person's consent to
participate holds, and every scope the recipient needs was granted and not
withdrawn) reads on its own. :func:`preview` shows the result to the
coordinator; ``transmittal.build_package`` runs the same :func:`check` again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

from fieldkit.domain import vocabulary
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import utc_now
from fieldkit.domain.interview import Consent
from fieldkit.services import hq_records
from fieldkit.services.hq_records import HqInterview
from fieldkit.services.session import Session

__all__ = [
    "BUILT_IN_RECIPIENTS",
    "DEFAULT_LANGUAGE",
    "DETAILS",
    "REASONS",
    "Excluded",
    "Included",
    "Preview",
    "Recipient",
    "TransmittalError",
    "add_recipient",
    "check",
    "preview",
    "recipient",
    "recipients",
]

REASONS: Final = ("not-found", "not-sealed", "withdrawn", "no-consent", "other-recipient-only")
DETAILS: Final = (
    "not-found", "not-sealed", "record-withdrawn", "participation-withdrawn",
    "no-participation", "scope-withdrawn", "other-recipient-only", "scope-missing",
)
"""The cases behind the reasons; a front words each one in the user's language."""
BUILT_IN_RECIPIENTS: Final = {
    "pl-prosecutor": "Polish prosecutor's office (Prokuratura)",
    "ua-prosecutor": "Ukrainian prosecutor's office (Офіс Генерального прокурора)",
    "international": "ICC or other international mechanisms (through the national authorities)",
}
DEFAULT_LANGUAGE: Final = {"pl-prosecutor": "pl", "ua-prosecutor": "uk"}
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")
_INTERNAL_RECIPIENTS: Final = frozenset({"hq"})



class TransmittalError(FieldKitError):
    code = "transmittal.invalid"


# -- recipients ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    code: str
    name: str
    scopes: tuple[str, ...]  # every one must be granted and not withdrawn
    built_in: bool


def _scope_recipients() -> dict[str, str]:
    """Consent scope code -> the recipient its 'recipient' field names (from consent.json)."""
    result = {}
    for term in vocabulary.consent_scopes():
        target = term.extra.get("recipient")
        if isinstance(target, str):
            result[term.code] = target
    return result


def _built_ins() -> list[Recipient]:
    by_recipient: dict[str, list[str]] = {}
    for scope, target in _scope_recipients().items():
        by_recipient.setdefault(target, []).append(scope)
    return [
        Recipient(code, name, tuple(by_recipient.get(code, ())), True)
        for code, name in BUILT_IN_RECIPIENTS.items()
        if by_recipient.get(code)
    ]


def recipients(session: Session) -> list[Recipient]:
    """The built-in recipients, then those configured at HQ."""
    hq_records.require_hq(session)
    configured = [
        Recipient(code, name, tuple(json.loads(scopes)), False)
        for code, name, scopes in session.vault.conn.execute(
            "SELECT code, display_name, scopes FROM recipients ORDER BY code"
        )
    ]
    return [*_built_ins(), *configured]


def recipient(session: Session, code: str) -> Recipient:
    for found in recipients(session):
        if found.code == code:
            return found
    raise TransmittalError(
        f"There is no recipient {code[:40]!r}. Known: "
        + ", ".join(r.code for r in recipients(session))
        + ". Add one with `fieldkit transmit add-recipient`.",
        code="transmittal.recipient",
    )


def add_recipient(
    session: Session, code: str, display_name: str, scopes: Sequence[str]
) -> Recipient:
    """Configure another recipient: a code, a name, and the consent scopes it needs."""
    hq_records.require_hq(session)
    if not _CODE.match(code) or code in BUILT_IN_RECIPIENTS or code in _INTERNAL_RECIPIENTS:
        raise TransmittalError(
            "A recipient code is 2 to 40 lower-case letters, digits and hyphens, and not one "
            "of the built-in codes (pl-prosecutor, ua-prosecutor, international).",
            code="transmittal.recipient",
        )
    name = " ".join(display_name.split())
    if not name or len(name) > 200 or not name.isprintable():
        raise TransmittalError("A recipient needs a printable name of 1 to 200 characters.",
                               code="transmittal.recipient")
    known = vocabulary.consent_scopes()
    wanted = tuple(dict.fromkeys(scopes))
    unknown = [s for s in wanted if not known.has(s)]
    if not wanted or unknown or "participation" in wanted:
        raise TransmittalError(
            "Name at least one consent scope a record must hold to go to this recipient "
            f"(participation is always required). Scopes: {', '.join(known.codes())}.",
            code="transmittal.recipient",
        )
    with session.vault.write() as conn:
        if conn.execute("SELECT 1 FROM recipients WHERE code = ?", (code,)).fetchone():
            raise TransmittalError(f"The recipient {code} exists already.",
                                   code="transmittal.recipient")
        conn.execute(
            "INSERT INTO recipients (code, display_name, scopes, created_at) VALUES (?,?,?,?)",
            (code, name, json.dumps(list(wanted)), utc_now()),
        )
    return Recipient(code, name, wanted, False)


# -- consent preview ----------------------------------------------------------------------


@dataclass(frozen=True)
class Included:
    record_id: str
    case_number: str
    revision: int
    record_hash: str


@dataclass(frozen=True)
class Excluded:
    record_id: str
    case_number: str
    reason: str  # one of REASONS
    message: str  # English, for the coordinator and the package's files
    detail: str = ""  # one of DETAILS: which case of ``reason``, for a translated text
    scope: str = ""  # the consent scope concerned, if any
    at: str = ""  # when it was withdrawn (YYYY-MM-DD), if it was
    others: tuple[str, ...] = ()  # the recipients the person did consent to


class Preview(NamedTuple):
    included: tuple[Included, ...]
    excluded: tuple[Excluded, ...]


def _scope_label(scope: str) -> str:
    known = vocabulary.consent_scopes()
    return known.get(scope).label("en") if known.has(scope) else scope


def _withdrawn_at(consent: Consent, scope: str) -> str | None:
    answer = next((s for s in reversed(consent.scopes) if s.scope == scope), None)
    if answer is None or not answer.granted:
        return None
    return next((w.at for w in consent.withdrawals if scope in w.scopes), None)


class _Problem(NamedTuple):
    reason: str
    message: str
    detail: str
    scope: str = ""
    at: str = ""
    others: tuple[str, ...] = ()


def _consent_problem(item: HqInterview, target: Recipient) -> _Problem | None:
    consent = item.source.interview.consent
    if not consent.granted("participation"):
        at = _withdrawn_at(consent, "participation")
        if at is not None:
            return _Problem("withdrawn",
                            f"The person withdrew consent to participate ({at[:10]}).",
                            "participation-withdrawn", "participation", at[:10])
        return _Problem("no-consent", "The record holds no consent to participate.",
                        "no-participation", "participation")
    for scope in target.scopes:
        if consent.granted(scope):
            continue
        at = _withdrawn_at(consent, scope)
        if at is not None:
            return _Problem("withdrawn", (
                f"The person withdrew consent to '{_scope_label(scope)}' ({at[:10]}), so the "
                f"record may not go to {target.name}."
            ), "scope-withdrawn", scope, at[:10])
        others = tuple(sorted(
            code for s, code in _scope_recipients().items()
            if code not in _INTERNAL_RECIPIENTS and code != target.code and consent.granted(s)
        ))
        if others:
            return _Problem("other-recipient-only", (
                f"The person consented to sharing with {', '.join(others)} only, not to "
                f"'{_scope_label(scope)}'."
            ), "other-recipient-only", scope, "", others)
        return _Problem("no-consent", (
            f"The person did not consent to '{_scope_label(scope)}', which {target.name} needs."
        ), "scope-missing", scope)
    return None


def check(
    loaded: dict[str, HqInterview | FieldKitError], target: Recipient
) -> tuple[list[HqInterview], list[Excluded]]:
    included: list[HqInterview] = []
    excluded: list[Excluded] = []
    for record_id, item in loaded.items():
        if isinstance(item, FieldKitError):
            excluded.append(Excluded(record_id, "", "not-found", item.message, "not-found"))
            continue
        case = item.source.interview.case_number
        if item.source.status == "withdrawn":
            excluded.append(Excluded(record_id, case, "withdrawn",
                                     "The record was withdrawn; it is never transmitted.",
                                     "record-withdrawn"))
            continue
        if item.source.status != "sealed":
            excluded.append(Excluded(
                record_id, case, "not-sealed",
                "The record is a draft at HQ: only sealed records are transmitted. Ask the "
                "interviewer to seal it and send a new bundle.", "not-sealed"))
            continue
        problem = _consent_problem(item, target)
        if problem is not None:
            excluded.append(Excluded(record_id, case, problem.reason, problem.message,
                                     problem.detail, problem.scope, problem.at, problem.others))
            continue
        included.append(item)
    return included, excluded


def preview(session: Session, recipient_code: str, record_ids: Sequence[str]) -> Preview:
    """Which records may go to the recipient, and why each of the others may not.

    Shown to the coordinator before a package is built; :func:`build_package`
    applies exactly the same checks again.
    """
    target = recipient(session, recipient_code)
    included, excluded = check(hq_records.load_interviews(session, record_ids), target)
    return Preview(
        tuple(
            Included(i.source.record_id, i.source.interview.case_number, i.source.revision,
                     i.source.record_hash)
            for i in included
        ),
        tuple(excluded),
    )
