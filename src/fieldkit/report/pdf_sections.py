"""The sections of the interview record PDF about the interview itself."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from fieldkit.domain import vocabulary
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.report.pdf_blocks import Ctx, Row, flow, opt, when
from fieldkit.report.pdf_text import DASH, joined, markup, styles, words


def consent(ctx: Ctx, iv: Interview) -> list[Flowable]:
    c = iv.consent
    t = ctx.t
    explained = vocabulary.consent_explanations()
    items = [ctx.term(explained, code) for code in c.explained]
    explained_block: list[Flowable] = [ctx.label_para("explained")]
    explained_block.append(
        Paragraph("<br/>".join(f"\u2022 {markup(i)}" for i in items), styles()["cell"])
        if items
        else ctx.none()
    )
    scopes = vocabulary.consent_scopes()
    rows: list[list[str]] = []
    answered = {a.scope for a in c.scopes}
    for answer in c.scopes:
        now = c.granted(answer.scope)
        withdrawn = answer.granted and not now
        rows.append(
            [
                ctx.term(scopes, answer.scope),
                ctx.yn(answer.granted),
                when(answer.at),
                t("withdrawn") if withdrawn else ctx.yn(now),
            ]
        )
    for term in scopes:
        if term.code not in answered:
            rows.append([term.label(ctx.lang), t("unknown"), "", t("no")])
    table = ctx.grid(
        [t("scope"), t("answer"), t("answered_at"), t("in_force")], rows, [50, 14, 24, 16]
    )
    details = ctx.kv(
        [
            (t("consent_language"), ctx.listed("language", c.language)),
            (t("consent_method"), ctx.listed("consent_method", c.method)),
            (t("interpreter_used"), ctx.yn(c.interpreter_used)),
            (t("consent_witness"), c.witness),
            (t("pseudonym_requested"), ctx.yn(c.pseudonym_requested)),
            opt(t("safe_channel"), c.safe_channel),
            (t("reconfirmed"), ctx.yn(c.reconfirmed_at_end)),
        ]
    )
    withdrawals: list[Flowable] = [Paragraph(markup(t("withdrawals")), styles()["h2"])]
    if c.withdrawals:
        withdrawals.append(
            ctx.grid(
                [t("withdrawal_at"), t("withdrawal_scopes"), t("notify"), t("note")],
                [
                    [
                        when(w.at),
                        joined((ctx.term(scopes, s) for s in w.scopes), "\n"),
                        joined(w.notify_recipients, "\n"),
                        w.note,
                    ]
                    for w in c.withdrawals
                ],
                [20, 34, 22, 24],
            )
        )
    else:
        withdrawals.append(ctx.none())
    return flow(
        ctx.heading("sec_consent"),
        KeepTogether(explained_block),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 3 * mm),
        details,
        withdrawals,
    )


def session(ctx: Ctx, iv: Interview) -> list[Flowable]:
    s = iv.session
    t = ctx.t
    breaks = joined((f"{b.start}\u2013{b.end}" for b in s.breaks), ", ")
    table = ctx.kv(
        [
            (t("date"), s.date),
            (t("start_time"), s.start_time),
            (t("end_time"), s.end_time),
            opt(t("breaks"), breaks),
            (t("location_type"), ctx.listed("location_type", s.location_type)),
            (t("city"), s.city),
            (t("languages_used"), ctx.languages(s.languages)),
            (t("recording_method"), ctx.listed("recording_method", s.recording_method)),
            opt(t("audio_exhibit"), s.audio_exhibit),
            (t("read_back"), ctx.yn(s.read_back)),
            opt(t("corrections"), s.corrections),
            (t("copy_given"), ctx.yn(s.copy_given)),
        ]
    )
    present: Flowable = (
        ctx.grid(
            [t("name"), t("role"), t("organisation_of")],
            [[p.name, ctx.listed("participant_role", p.role), p.organisation] for p in s.present],
            [35, 30, 35],
        )
        if s.present
        else ctx.none()
    )
    interp = s.interpreter
    interpreter: Flowable | None = (
        ctx.kv(
            [
                (t("name"), interp.name),
                (t("languages"), ctx.languages(interp.languages)),
                (t("relationship"), interp.relationship),
                (t("confidentiality"), ctx.yn(interp.confidentiality_undertaking)),
            ]
        )
        if interp is not None and (interp.name or interp.languages)
        else ctx.none("no_interpreter")
    )
    return flow(
        ctx.heading("sec_session"),
        table,
        ctx.heading("sec_present", "h2"),
        present,
        ctx.heading("sec_interpreter", "h2"),
        interpreter,
    )


def screening(ctx: Ctx, iv: Interview) -> list[Flowable]:
    sc, v, cl = iv.screening, iv.vulnerability, iv.closure
    t = ctx.t
    top = ctx.kv(
        [
            (t("purpose"), ctx.listed("interview_purpose", sc.purpose)),
            (t("decision"), ctx.listed("screening_decision", sc.decision)),
        ]
    )
    prior: list[Flowable] = []
    if sc.prior_accounts:
        prior = [
            ctx.heading("prior_accounts", "h3"),
            ctx.grid(
                [t("given_to"), t("when"), t("note")],
                [
                    [ctx.listed("prior_account_recipient", p.recipient), p.when, p.note]
                    for p in sc.prior_accounts
                ],
                [35, 20, 45],
            ),
        ]
    flags = [
        t("vul_child", age=v.child_age if v.child_age is not None else DASH) if v.child else "",
        t("vul_sexual_violence") if v.sexual_violence_survivor else "",
        t("vul_torture") if v.torture_survivor else "",
        t("vul_detention") if v.detention_or_filtration else "",
        t("vul_disability") if v.disability else "",
        t("vul_elderly") if v.elderly else "",
        t("vul_pregnancy") if v.pregnancy else "",
        t("vul_distress") if v.acute_distress else "",
        t("vul_trained") if v.trained_interviewer_needed else "",
        t("vul_support") if v.psychological_support_offered else "",
    ]
    child_rows: list[Row | None] = []
    if v.child:
        child_rows = [
            (t("vul_guardian_present"), ctx.yn(v.guardian_present)),
            (t("vul_guardian_consent"), ctx.yn(v.guardian_consent)),
            (t("vul_child_assent"), ctx.yn(v.child_assent)),
        ]
    vulnerable = ctx.kv(
        [
            (t("vulnerability"), joined(flags, "\n") or DASH),
            *child_rows,
            opt(t("accommodation"), v.accommodation),
            opt(t("medical_needs"), v.medical_needs),
            opt(t("preferred_gender"), ctx.listed("gender", v.preferred_interviewer_gender)),
            opt(t("preference_honoured"), ctx.yn(v.preference_honoured)),
        ]
    )
    referrals: list[Flowable] = []
    if v.referrals:
        referrals = [
            ctx.heading("referrals", "h3"),
            ctx.grid(
                [t("referred_to"), t("when"), t("note")],
                [[r.to, r.when, r.note] for r in v.referrals],
                [35, 20, 45],
            ),
        ]
    closure = ctx.kv(
        [
            opt(t("next_steps"), cl.next_steps_told),
            opt(t("follow_up_channel"), cl.follow_up_channel),
            opt(t("wishes"), cl.wishes),
            opt(t("no_contact_before"), cl.no_contact_before),
            opt(t("feedback_owed"), cl.feedback_owed),
        ]
    )
    return flow(
        ctx.heading("sec_screening"),
        top,
        ctx.long_text("risks_person", sc.risks_to_person),
        ctx.long_text("risks_relatives", sc.risks_to_relatives),
        prior,
        Spacer(1, 3 * mm),
        vulnerable,
        referrals,
        Spacer(1, 3 * mm),
        closure,
    )


def person(ctx: Ctx, iv: Interview, who: Person | None) -> list[Flowable]:
    t = ctx.t
    code = iv.person_code or (who.code if who else "")
    rows: list[Row | None] = [(t("person_code"), code)]
    if who is not None:
        p = who.profile
        rows += [
            opt(t("pseudonym"), p.pseudonym),
            (t("age_band"), ctx.listed("age_band", p.age_band)),
            (t("gender"), ctx.listed("gender", p.gender)),
            opt(t("nationality"), p.nationality),
            opt(
                t("residence"),
                joined((p.residence_oblast, p.residence_hromada, p.residence_settlement)),
            ),
            opt(t("date_left"), p.date_left),
            opt(t("route"), p.route),
            opt(t("occupation"), p.occupation),
            opt(t("languages"), ctx.languages(p.languages)),
            (t("witness_type"), ctx.listed("witness_type", p.witness_type)),
        ]
    identity: list[Flowable] = [ctx.heading("sec_identity", "h2")]
    if ctx.redaction != "full":
        identity.append(ctx.none("identity_removed"))
    elif who is None:
        identity.append(ctx.none("identity_missing"))
    else:
        i = who.identity
        identity.append(
            ctx.kv(
                [
                    (t("name_cyrillic"), i.full_name_cyrillic),
                    (t("name_latin"), i.full_name_latin),
                    (t("date_of_birth"), i.date_of_birth),
                    opt(t("identity_document"), i.identity_document),
                    opt(t("safe_contact"), i.safe_contact),
                    opt(t("current_address"), i.current_address),
                    opt(t("relatives"), joined(i.relatives, "\n")),
                ]
            )
        )
    return flow(ctx.heading("sec_person"), ctx.kv(rows), identity)


def account(ctx: Ctx, iv: Interview) -> list[Flowable]:
    a = iv.account
    original = ctx.listed("language", a.original_language) or DASH
    parts: list[Flowable] = [
        ctx.heading("sec_account"),
        ctx.heading("original", "h2", language=original),
        Paragraph(markup(ctx.t("exact_words")), styles()["note"]),
        Spacer(1, 2 * mm),
        *words(a.narrative),
    ]
    translated = ctx.listed("language", a.translation_language) or DASH
    parts.append(ctx.heading("translation", "h2", language=translated))
    if a.translation.strip():
        translator = ctx.kv([(ctx.t("translator"), a.translator)])
        if translator is not None:
            parts += [translator, Spacer(1, 2 * mm)]
        parts += words(a.translation)
    else:
        parts.append(ctx.none("no_translation"))
    return parts
