"""The sections of the interview record PDF about the evidence: incidents, acts, exhibits.

Also the revision history, the evidence that the record itself was not changed
unseen.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from fieldkit.domain import vocabulary
from fieldkit.domain.interview import AllegedAct, Incident, Interview, Perpetrator
from fieldkit.report.pdf_blocks import Ctx, Row, flow, opt, when
from fieldkit.report.pdf_model import ExhibitEntry, RevisionEntry
from fieldkit.report.pdf_text import joined, markup, styles


def incidents(ctx: Ctx, iv: Interview) -> list[Flowable]:
    parts: list[Flowable] = [ctx.heading("sec_incidents")]
    numbers = {act.id: n for n, act in enumerate(iv.acts, start=1)}
    known = {i.id for i in iv.incidents}
    if not iv.incidents:
        parts.append(ctx.none("no_incidents"))
    for n, incident in enumerate(iv.incidents, start=1):
        parts += _incident(ctx, n, incident)
        for act in iv.acts:
            if act.incident_id == incident.id:
                parts += _act(ctx, numbers[act.id], act)
    loose = [a for a in iv.acts if a.incident_id not in known]
    if loose:
        parts.append(ctx.heading("acts_unlinked", "h2"))
        for act in loose:
            parts += _act(ctx, numbers[act.id], act)
    return parts


def _incident(ctx: Ctx, n: int, i: Incident) -> list[Flowable]:
    t = ctx.t
    dates = i.date_from + (f" \u2013 {i.date_to}" if i.date_to and i.date_to != i.date_from else "")
    place = i.place
    table = ctx.kv(
        [
            (t("dates"), dates),
            (t("precision"), ctx.listed("date_precision", i.date_precision)),
            opt(t("oblast"), place.oblast),
            opt(t("raion"), place.raion),
            opt(t("hromada"), place.hromada),
            opt(t("settlement"), place.settlement),
            opt(t("street"), place.street),
            opt(t("coordinates"), place.coordinates),
            (t("knowledge"), ctx.listed("knowledge_basis", i.knowledge_basis)),
            opt(t("told_by"), i.told_by),
            (t("confidence"), ctx.listed("confidence", i.confidence)),
            opt(t("other_witnesses"), joined(i.other_witnesses, "\n")),
        ]
    )
    return flow(
        ctx.heading("incident", "h2", n=n),
        table,
        ctx.long_text("description", i.description),
        ctx.long_text("detention", i.detention_details),
        ctx.long_text("property", i.property_damage),
        ctx.long_text("injuries", i.injuries_observed),
        ctx.long_text("reliability", i.reliability_note),
    )


def _act(ctx: Ctx, n: int, act: AllegedAct) -> list[Flowable]:
    t = ctx.t
    violations = vocabulary.violations()
    classification = ctx.term(violations, act.category)
    rows: list[Row | None] = []
    if violations.has(act.category):
        term = violations.get(act.category)
        group = term.extra.get("group")
        if isinstance(group, str):
            classification += "\n" + ctx.term(vocabulary.violation_groups(), group)
        rows += [
            (t("rome_statute"), joined(term.strings("rome_statute"), "; ")),
            (t("ua_cc"), joined(term.strings("ua_cc"), "; ")),
            (t("pl_kk"), joined(term.strings("pl_kk"), "; ")),
        ]
    rows.insert(0, (t("classification"), classification))
    rows.append(opt(t("note"), act.note))
    parts = flow(ctx.heading("act", "h3", n=n), ctx.kv(rows))
    if act.victims:
        parts += [
            ctx.label_para("victims"),
            ctx.grid(
                [t("count"), t("victim_status"), t("fate"), t("descriptors")],
                [
                    [
                        str(v.count),
                        ctx.listed("victim_status", v.status),
                        ctx.listed("victim_fate", v.fate),
                        v.descriptors,
                    ]
                    for v in act.victims
                ],
                [10, 28, 22, 40],
            ),
        ]
    for k, perpetrator in enumerate(act.perpetrators, start=1):
        table = ctx.kv(_perpetrator_rows(ctx, perpetrator))
        if table is not None:
            parts += [Paragraph(markup(f"{t('perpetrators')} {k}"), styles()["sublabel"]), table]
    return [KeepTogether(parts)]


def _perpetrator_rows(ctx: Ctx, p: Perpetrator) -> list[Row | None]:
    t = ctx.t
    return [
        opt(t("unit"), p.unit),
        opt(t("uniform"), p.uniform),
        opt(t("insignia"), p.insignia),
        opt(t("vehicles"), p.vehicles),
        opt(t("weapons"), p.weapons),
        opt(t("language"), p.language),
        opt(t("ranks"), p.ranks),
        opt(t("call_signs"), p.call_signs),
    ]


def exhibits(ctx: Ctx, entries: tuple[ExhibitEntry, ...]) -> list[Flowable]:
    t = ctx.t
    parts: list[Flowable] = [ctx.heading("sec_exhibits")]
    if not entries:
        parts.append(ctx.none("no_exhibits"))
    for n, entry in enumerate(entries, start=1):
        e = entry.exhibit
        table = ctx.kv(
            [
                (t("exhibit_id"), ctx.mono(entry.exhibit_id)),
                (t("exhibit_type"), ctx.listed("exhibit_type", e.type)),
                opt(t("description"), e.description),
                (t("provided_by"), e.provided_by),
                (t("obtained_at"), when(e.obtained_at)),
                opt(t("obtained_where"), e.obtained_where),
                opt(t("filename"), e.original_filename),
                opt(t("media_type"), e.media_type),
                (t("size"), t("bytes", n=f"{e.size:,}".replace(",", "\u202f"))),
                (t("sha256"), ctx.mono(e.sha256)),
            ]
        )
        parts += flow(ctx.heading("exhibit", "h2", n=n), table)
        parts += ctx.field_label("custody")
        if entry.custody:
            parts.append(
                ctx.grid(
                    [
                        t("custody_at"),
                        t("custody_from"),
                        t("custody_to"),
                        t("custody_purpose"),
                        t("custody_by"),
                    ],
                    [
                        [when(c.at), c.from_party, c.to_party, _purpose(ctx, c.purpose), c.by]
                        for c in entry.custody
                    ],
                    [22, 20, 20, 18, 20],
                )
            )
        else:
            parts.append(ctx.none())
    return parts


def _purpose(ctx: Ctx, purpose: str) -> str:
    """The purpose of a custody entry; the one FieldKit itself writes is translated."""
    return ctx.t("custody_intake") if purpose == "intake" else purpose


def history(ctx: Ctx, entries: tuple[RevisionEntry, ...], shown: int) -> list[Flowable]:
    t = ctx.t
    statuses = vocabulary.closed_list("record_status")
    rows: list[list[str | Flowable]] = []
    spans: list[int] = []
    for entry in entries:
        rows.append(
            [
                str(entry.revision),
                joined((when(entry.created_at), entry.zone), "\n"),
                ctx.term(statuses, entry.status),
                Paragraph(markup(entry.hash), styles()["mono_small"]),
            ]
        )
        if entry.reason.strip():
            spans.append(len(rows))
            rows.append(
                [Paragraph(f"{markup(t('reason'))}: {markup(entry.reason)}", styles()["cell"])]
            )
    # One block, so that the heading and the note are never left without the table.
    return [
        KeepTogether(
            [
                ctx.heading("sec_history"),
                Paragraph(markup(t("history_intro", n=shown)), styles()["note"]),
                Spacer(1, 2 * mm),
                ctx.grid(
                    [t("rev"), t("time"), t("status"), t("revision_hash")],
                    rows,
                    [6, 21, 17, 56],
                    spans=spans,
                ),
            ]
        )
    ]
