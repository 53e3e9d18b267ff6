"""The interview record (RECORD.md sections B-E, G, J, K).

Every field has a default so that a draft may be saved at any moment; what a
record needs before it can be sealed is checked in ``validation``. Codes from
closed lists are plain strings checked against the vocabularies there too.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- B. Screening --------------------------------------------------------------


@dataclass(frozen=True)
class PriorAccount:
    recipient: str = ""  # lists.prior_account_recipient
    when: str = ""
    note: str = ""


@dataclass(frozen=True)
class Screening:
    purpose: str = ""  # lists.interview_purpose
    prior_accounts: tuple[PriorAccount, ...] = ()
    risks_to_person: str = ""
    risks_to_relatives: str = ""
    decision: str = ""  # lists.screening_decision


# --- C. Vulnerability and support ---------------------------------------------


@dataclass(frozen=True)
class Referral:
    to: str = ""
    when: str = ""
    note: str = ""


@dataclass(frozen=True)
class Vulnerability:
    child: bool = False
    child_age: int | None = None
    guardian_present: bool | None = None
    guardian_consent: bool | None = None
    child_assent: bool | None = None
    sexual_violence_survivor: bool = False
    torture_survivor: bool = False
    detention_or_filtration: bool = False
    disability: bool = False
    accommodation: str = ""
    elderly: bool = False
    pregnancy: bool = False
    acute_distress: bool = False
    medical_needs: str = ""
    trained_interviewer_needed: bool = False
    preferred_interviewer_gender: str = ""
    preference_honoured: bool | None = None
    psychological_support_offered: bool = False
    referrals: tuple[Referral, ...] = ()


# --- D. Consent ------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentScope:
    scope: str = ""  # consent.scopes
    granted: bool = False
    at: str = ""  # UTC time the answer was given


@dataclass(frozen=True)
class Withdrawal:
    at: str = ""
    scopes: tuple[str, ...] = ()
    notify_recipients: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Consent:
    explained: tuple[str, ...] = ()  # consent.explanations
    scopes: tuple[ConsentScope, ...] = ()
    language: str = ""
    interpreter_used: bool = False
    method: str = ""  # lists.consent_method
    witness: str = ""
    pseudonym_requested: bool = False
    safe_channel: str = ""
    reconfirmed_at_end: bool = False
    withdrawals: tuple[Withdrawal, ...] = ()

    def granted(self, scope: str) -> bool:
        """Whether ``scope`` was granted and not later withdrawn."""
        answer = next((s for s in reversed(self.scopes) if s.scope == scope), None)
        if answer is None or not answer.granted:
            return False
        return not any(scope in w.scopes for w in self.withdrawals)


# --- E. The session ----------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class Participant:
    name: str = ""
    role: str = ""  # lists.participant_role
    organisation: str = ""


@dataclass(frozen=True)
class Interpreter:
    name: str = ""
    languages: tuple[str, ...] = ()
    relationship: str = ""
    confidentiality_undertaking: bool = False


@dataclass(frozen=True)
class Session:
    date: str = ""
    start_time: str = ""
    end_time: str = ""
    breaks: tuple[Break, ...] = ()
    location_type: str = ""  # lists.location_type
    city: str = ""
    address: str = ""  # exact address: never in anything shared
    present: tuple[Participant, ...] = ()
    interpreter: Interpreter | None = None
    languages: tuple[str, ...] = ()
    recording_method: str = ""  # lists.recording_method
    audio_exhibit: str = ""
    read_back: bool = False
    corrections: str = ""
    copy_given: bool = False


# --- G. The account ------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    original_language: str = ""
    narrative: str = ""  # the person's own words, exactly as recorded
    translation: str = ""
    translation_language: str = ""
    translator: str = ""


@dataclass(frozen=True)
class Place:
    oblast: str = ""
    raion: str = ""
    hromada: str = ""
    settlement: str = ""
    street: str = ""
    coordinates: str = ""  # "lat,lon" as text, never a float


@dataclass(frozen=True)
class Incident:
    id: str = ""
    date_from: str = ""
    date_to: str = ""
    date_precision: str = ""  # lists.date_precision
    place: Place = Place()
    description: str = ""
    knowledge_basis: str = ""  # lists.knowledge_basis
    told_by: str = ""
    confidence: str = ""  # lists.confidence
    reliability_note: str = ""  # the interviewer's assessment, kept apart
    detention_details: str = ""
    property_damage: str = ""
    injuries_observed: str = ""
    other_witnesses: tuple[str, ...] = ()  # identity compartment


@dataclass(frozen=True)
class Victim:
    count: int = 1
    descriptors: str = ""
    status: str = ""  # lists.victim_status
    fate: str = ""  # lists.victim_fate


@dataclass(frozen=True)
class Perpetrator:
    unit: str = ""
    uniform: str = ""
    insignia: str = ""
    vehicles: str = ""
    weapons: str = ""
    language: str = ""
    ranks: str = ""
    call_signs: str = ""


@dataclass(frozen=True)
class AllegedAct:
    id: str = ""
    incident_id: str = ""
    category: str = ""  # violations
    victims: tuple[Victim, ...] = ()
    perpetrators: tuple[Perpetrator, ...] = ()
    note: str = ""


# --- J, K. Closure and governance ------------------------------------------------------


@dataclass(frozen=True)
class Closure:
    next_steps_told: str = ""
    follow_up_channel: str = ""
    wishes: str = ""
    no_contact_before: str = ""
    feedback_owed: str = ""


@dataclass(frozen=True)
class Governance:
    legal_basis: str = ""
    retention: str = ""


@dataclass(frozen=True)
class Interview:
    case_number: str = ""
    person_id: str = ""
    person_code: str = ""
    screening: Screening = Screening()
    vulnerability: Vulnerability = Vulnerability()
    consent: Consent = Consent()
    session: Session = Session()
    account: Account = Account()
    incidents: tuple[Incident, ...] = ()
    acts: tuple[AllegedAct, ...] = ()
    exhibit_ids: tuple[str, ...] = ()
    closure: Closure = Closure()
    governance: Governance = Governance()
