"""The court-ready interview record PDF.

:func:`render_interview_pdf` turns an :class:`InterviewSource` into PDF bytes
in one language (``en``, ``uk`` or ``pl``) and one redaction profile (``full``
or ``pseudonymised``, see :mod:`fieldkit.report.redaction`). It does no I/O:
the service writes the bytes atomically and records the export in the audit
chain.

Guarantees:

- every string from the record is printed literally (never read as markup),
  with its line breaks;
- the fonts (DejaVu, covering Cyrillic and Polish) are embedded as subsets;
- every page shows the record id, the record hash, the disclosure profile and
  "page N of M" in the document's language;
- the same input gives the same bytes (ReportLab's invariant mode: fixed
  creation date and document id), so a PDF can be checked by regenerating it.
"""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.report import pdf_evidence, pdf_sections
from fieldkit.report import redaction as profiles
from fieldkit.report.pdf_blocks import CONTENT_WIDTH, Ctx, when
from fieldkit.report.pdf_canvas import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PageDecor
from fieldkit.report.pdf_model import (
    InterviewSource,
    check_language,
    check_redaction,
)
from fieldkit.report.pdf_text import DASH, GREY, SANS, joined, markup, styles

__all__ = ["RenderedPdf", "render_interview_pdf"]

_BUILD_LOCK = threading.Lock()


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_interview_pdf(
    source: InterviewSource,
    *,
    language: str,
    redaction: str,
    organisation: str = "FieldKit",
) -> RenderedPdf:
    """The PDF of one interview record; raises ``FieldKitError`` for a bad language/profile."""
    lang = check_language(language)
    profile = check_redaction(redaction)
    shown = profiles.apply(source, profile)
    ctx = Ctx(lang, profile)
    story = _story(ctx, shown, organisation)
    iv = shown.interview
    decor = PageDecor(
        header_left=joined((iv.case_number, organisation), " \u00b7 "),
        header_right=f"{ctx.t('profile')}: {ctx.t('profile_' + profile)}",
        record_id_label=ctx.t("record_id"),
        record_id=shown.record_id,
        hash_label=ctx.t("record_hash"),
        record_hash=shown.record_hash,
        page_template=ctx.t("page"),
        emphasise=profile != "full",
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        initialFontName=SANS,
        initialFontSize=9,
        initialLeading=12,
        title=joined((ctx.t("title"), iv.case_number), " "),
        author=organisation,
        subject="",
        creator="FieldKit",
        lang=lang,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with _binary_streams():
        doc.build(story, canvasmaker=decor.canvasmaker())
    return RenderedPdf(buffer.getvalue(), decor.pages)


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer: smaller files, faster to write.

    ReportLab reads this switch from its global settings while saving; it is put
    back afterwards so that other documents in the process are unaffected, and
    builds are serialised so that two threads never see each other's setting.
    """
    with _BUILD_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def _story(ctx: Ctx, source: InterviewSource, organisation: str) -> list[Flowable]:
    iv = source.interview
    story = _cover(ctx, source, organisation)
    story.append(PageBreak())
    for section in (
        pdf_sections.consent(ctx, iv),
        pdf_sections.session(ctx, iv),
        pdf_sections.person(ctx, iv, source.person),
        pdf_sections.screening(ctx, iv),
        pdf_sections.account(ctx, iv),
        pdf_evidence.incidents(ctx, iv),
        pdf_evidence.exhibits(ctx, source.exhibits),
        pdf_evidence.history(ctx, source.history, source.revision),
    ):
        story += section
        story.append(Spacer(1, 6 * mm))
    story += _signatures(ctx, iv, source.person)
    return story


def _cover(ctx: Ctx, source: InterviewSource, organisation: str) -> list[Flowable]:
    t = ctx.t
    iv = source.interview
    place = joined((ctx.listed("location_type", iv.session.location_type), iv.session.city))
    table = ctx.kv(
        [
            (t("organisation"), organisation),
            (t("case_number"), iv.case_number),
            (t("person_code"), iv.person_code or (source.person.code if source.person else "")),
            (t("interview_date"), iv.session.date),
            (t("place_type"), place),
            (t("status"), ctx.listed("record_status", source.status)),
            (t("revision"), str(source.revision)),
            (t("updated_at"), f"{when(source.updated_at)} {t('utc')}".strip()),
            (t("record_id"), ctx.mono(source.record_id)),
            (t("record_hash"), ctx.mono(source.record_hash)),
            (t("document_language"), ctx.listed("language", ctx.lang)),
            (t("profile"), t("profile_" + ctx.redaction)),
        ]
    )
    st = styles()
    return [
        Spacer(1, 10 * mm),
        Paragraph(markup(organisation), st["org"]),
        Paragraph(markup(t("title")), st["title"]),
        Paragraph(markup(t("subtitle")), st["subtitle"]),
        *([table] if table is not None else []),
        Paragraph(markup(t("profile_note_" + ctx.redaction)), st["notice"]),
        Paragraph(markup(t("confidential")), st["note"]),
    ]


def _signers(ctx: Ctx, iv: Interview, who: Person | None) -> list[tuple[str, str]]:
    present = iv.session.present
    interviewer = next((p.name for p in present if p.role == "interviewer"), "")
    interpreter = iv.session.interpreter.name if iv.session.interpreter else ""
    interpreter = interpreter or next((p.name for p in present if p.role == "interpreter"), "")
    witness = iv.person_code
    if ctx.redaction == "full" and who is not None:
        witness = joined((who.identity.full_name_cyrillic, who.identity.full_name_latin), " / ")
        witness = witness or iv.person_code
    return [
        (ctx.t("sign_interviewer"), interviewer),
        (ctx.t("sign_interpreter"), interpreter),
        (ctx.t("sign_witness"), witness),
    ]


def _signatures(ctx: Ctx, iv: Interview, who: Person | None) -> list[Flowable]:
    st = styles()
    signers = _signers(ctx, iv, who)
    label = st["label"]
    rows: list[list[Flowable | str]] = [
        [Paragraph(markup(role), st["h3"]) for role, _ in signers],
        [
            Paragraph(f"{markup(ctx.t('sign_name'))}: {markup(name) if name else DASH}", st["cell"])
            for _, name in signers
        ],
        ["", "", ""],
        [Paragraph(markup(ctx.t("sign_signature")), label)] * 3,
        ["", "", ""],
        [Paragraph(markup(ctx.t("sign_date")), label)] * 3,
    ]
    gap = 6 * mm
    width = (CONTENT_WIDTH - 2 * gap) / 3
    table = Table(
        [[r[0], "", r[1], "", r[2]] for r in rows],
        colWidths=[width, gap, width, gap, width],
        rowHeights=[None, None, 14 * mm, None, 9 * mm, None],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for col in (0, 2, 4):
        commands.append(("LINEABOVE", (col, 3), (col, 3), 0.6, GREY))
        commands.append(("LINEABOVE", (col, 5), (col, 5), 0.6, GREY))
    table.setStyle(TableStyle(commands))
    return [
        KeepTogether(
            [
                ctx.heading("sec_signatures"),
                Paragraph(markup(ctx.t("signatures_intro")), st["note"]),
                Spacer(1, 4 * mm),
                table,
            ]
        )
    ]
