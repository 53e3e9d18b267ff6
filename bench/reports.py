"""Report benchmark: pages per second for text-heavy interview record PDFs.

A script, not a test: it prints the figure beside its target, says PASS or MISS
and always exits 0 (a crash is still a crash).

    .venv/bin/python bench/reports.py            # 30 records of about 10 pages each
    .venv/bin/python bench/reports.py --quick    # 5 records

Every record goes through the production renderer
(``fieldkit.report.interview_pdf.render_interview_pdf``) with a long Ukrainian
account and its English translation, in alternating languages and redaction
profiles. The vault is not involved: loading a record is measured in
``bench/vault.py``. The first render (font registration, vocabulary loading)
is warm-up and not counted.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.samples import AT, interview, person

from fieldkit.domain.ids import uuid7
from fieldkit.report.interview_pdf import render_interview_pdf
from fieldkit.report.pdf_model import InterviewSource, RevisionEntry

TARGET_PAGES_PER_SECOND: Final = 100.0
_WORDS_UK: Final = (
    "ми сиділи в підвалі без світла і щоранку приходили двоє з автоматами вони питали "
    "про сина про сусідів про те хто служив у теробороні потім вивели чоловіків на подвір’я "
    "школи і я чула постріли вода була лише з труби ми рахували дні за дзвоном"
)
_WORDS_EN: Final = (
    "we sat in the basement without light and every morning two men with rifles came they "
    "asked about my son about the neighbours about who had served then they took the men "
    "out to the school yard and I heard shots"
)


def _text(vocabulary: str, paragraphs: int, rng: random.Random) -> str:
    words = vocabulary.split()
    lines = []
    for n in range(paragraphs):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(60, 110)))
        lines.append(f"{n + 1}. {sentence.capitalize()}.")
    return "\n".join(lines)


def make_source(rng: random.Random, paragraphs: int) -> InterviewSource:
    base = interview("01900000-0000-7000-8000-000000000001")
    body = dataclasses.replace(
        base,
        person_code="P-0042",
        account=dataclasses.replace(
            base.account,
            narrative=_text(_WORDS_UK, paragraphs, rng),
            translation=_text(_WORDS_EN, paragraphs // 2, rng),
        ),
    )
    history = tuple(
        RevisionEntry(n, AT, "CET +0100", "draft" if n == 1 else "sealed", "", f"{n:064x}")
        for n in range(1, 4)
    )
    return InterviewSource(
        record_id=uuid7(),
        record_hash=f"{rng.getrandbits(256):064x}",
        status="sealed",
        revision=3,
        updated_at=AT,
        interview=body,
        person=person(),
        history=history,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 records instead of 30")
    parser.add_argument("--records", type=int, default=None)
    parser.add_argument("--paragraphs", type=int, default=34, help="account length")
    args = parser.parse_args(argv)
    count = args.records or (5 if args.quick else 30)
    rng = random.Random(20261120)  # benchmark data, not secrets
    sources = [make_source(rng, args.paragraphs) for _ in range(count)]
    variants = [(lang, red) for red in ("full", "pseudonymised") for lang in ("uk", "pl", "en")]

    render_interview_pdf(sources[0], language="uk", redaction="full")  # warm-up
    pages = 0
    size = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for n, source in enumerate(sources):
        language, redaction = variants[n % len(variants)]
        result = render_interview_pdf(source, language=language, redaction=redaction)
        pages += result.pages
        size += len(result.data)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    rate = pages / elapsed if elapsed > 0 else float("inf")
    cpu_rate = pages / cpu if cpu > 0 else float("inf")
    verdict = "PASS" if rate >= TARGET_PAGES_PER_SECOND else "MISS"
    print(f"interview record PDFs: {count} records, {pages} pages ({pages / count:.1f} per record)")
    print(f"  {elapsed:.2f} s wall, {cpu:.2f} s CPU, {size / count / 1024:.0f} KiB per record")
    print(f"  {rate:.0f} pages/s (target >= {TARGET_PAGES_PER_SECOND:.0f} pages/s)  {verdict}")
    print(f"  {cpu_rate:.0f} pages/s of CPU time (the same figure on an otherwise idle core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
