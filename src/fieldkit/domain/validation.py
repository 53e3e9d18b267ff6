"""What makes a record acceptable: known codes at every save, completeness before sealing.

Drafts may be incomplete, but every code they hold must come from its
vocabulary. Sealing needs the required items of RECORD.md; above all, no record
without consent to participate can be sealed.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain import vocabulary as vocab
from fieldkit.domain.errors import InvalidRecord
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.interview import Interview
from fieldkit.domain.notes import SessionNote
from fieldkit.domain.people import Person
from fieldkit.domain.records import RecordBody


@dataclass(frozen=True)
class Missing:
    code: str  # stable, used for translation in the GUI
    message: str  # English text for the CLI


def _code(list_name: str, value: str, where: str) -> None:
    if value and not vocab.closed_list(list_name).has(value):
        raise InvalidRecord(
            f"'{where}' holds a code that is not in the list '{list_name}'.", code="record.bad_code"
        )


def check_codes(body: RecordBody) -> None:
    """Raise ``InvalidRecord`` if any coded field holds an unknown code."""
    if isinstance(body, Interview):
        _interview_codes(body)
    elif isinstance(body, Person):
        _code("age_band", body.profile.age_band, "profile.age_band")
        _code("gender", body.profile.gender, "profile.gender")
        _code("witness_type", body.profile.witness_type, "profile.witness_type")
    elif isinstance(body, Exhibit):
        _code("exhibit_type", body.type, "exhibit.type")
    elif isinstance(body, SessionNote):
        _code("risk_level", body.risk_level, "note.risk_level")


def _interview_codes(body: Interview) -> None:
    _code("interview_purpose", body.screening.purpose, "screening.purpose")
    _code("screening_decision", body.screening.decision, "screening.decision")
    for prior in body.screening.prior_accounts:
        _code("prior_account_recipient", prior.recipient, "screening.prior_accounts")
    scopes = vocab.consent_scopes()
    for answer in body.consent.scopes:
        if not scopes.has(answer.scope):
            raise InvalidRecord("A consent answer names an unknown scope.", code="record.bad_code")
    for withdrawal in body.consent.withdrawals:
        if not all(scopes.has(s) for s in withdrawal.scopes):
            raise InvalidRecord("A withdrawal names an unknown scope.", code="record.bad_code")
    explanations = vocab.consent_explanations()
    if not all(explanations.has(item) for item in body.consent.explained):
        raise InvalidRecord("The consent checklist holds an unknown item.", code="record.bad_code")
    _code("consent_method", body.consent.method, "consent.method")
    _code("location_type", body.session.location_type, "session.location_type")
    _code("recording_method", body.session.recording_method, "session.recording_method")
    for person in body.session.present:
        _code("participant_role", person.role, "session.present")
    for incident in body.incidents:
        _code("date_precision", incident.date_precision, "incident.date_precision")
        _code("knowledge_basis", incident.knowledge_basis, "incident.knowledge_basis")
        _code("confidence", incident.confidence, "incident.confidence")
    violations = vocab.violations()
    incident_ids = {incident.id for incident in body.incidents}
    for act in body.acts:
        if act.category and not violations.has(act.category):
            raise InvalidRecord("An alleged act has an unknown category.", code="record.bad_code")
        if act.incident_id and act.incident_id not in incident_ids:
            raise InvalidRecord("An alleged act points to an incident that is not in the record.")
        for victim in act.victims:
            _code("victim_status", victim.status, "act.victims.status")
            _code("victim_fate", victim.fate, "act.victims.fate")
            if victim.count < 0:
                raise InvalidRecord("A number of victims cannot be negative.")


def missing_for_seal(body: Interview) -> list[Missing]:
    """Everything a sealed interview must have and this one lacks (empty = ready)."""
    missing: list[Missing] = []

    def need(condition: bool, code: str, message: str) -> None:
        if not condition:
            missing.append(Missing(code, message))

    need(
        body.consent.granted("participation"),
        "consent.participation",
        "Consent to participate has not been given.",
    )
    need(
        bool(body.consent.explained),
        "consent.explained",
        "The consent explanation checklist is empty.",
    )
    need(bool(body.consent.method), "consent.method", "How consent was given is not recorded.")
    need(bool(body.case_number.strip()), "case_number", "The case number is missing.")
    need(bool(body.person_id), "person", "No person is linked to the interview.")
    need(bool(body.screening.decision), "screening.decision", "The screening decision is missing.")
    need(bool(body.session.date), "session.date", "The interview date is missing.")
    need(bool(body.session.location_type), "session.location_type", "The location type is missing.")
    need(bool(body.session.city.strip()), "session.city", "The city is missing.")
    need(bool(body.session.present), "session.present", "Nobody present is recorded.")
    need(bool(body.account.narrative.strip()), "account.narrative", "The account is empty.")
    need(
        bool(body.account.original_language),
        "account.original_language",
        "The language of the account is missing.",
    )
    for incident in body.incidents:
        need(
            bool(incident.description.strip()),
            "incident.description",
            "An incident has no description.",
        )
    for act in body.acts:
        need(bool(act.category), "act.category", "An alleged act is not classified.")
    if body.vulnerability.child:
        need(
            body.vulnerability.guardian_consent is True,
            "child.guardian_consent",
            "The interviewee is a child and the guardian's consent is not recorded.",
        )
        need(
            body.vulnerability.child_assent is True,
            "child.assent",
            "The interviewee is a child and the child's own assent is not recorded.",
        )
    return missing
