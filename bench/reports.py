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

Transmittal: the time to build a transmittal package of 1,000 records (100 with
``--quick``, ``--transmittal-records N`` to choose, ``--no-transmittal`` to skip)
through ``fieldkit.services.transmittal.build_package`` at a real HQ: real
profiles in a temporary ``FIELDKIT_HOME`` (``KdfParams.floor()``), sealed
interviews with one exhibit per ten records exported from an enrolled laptop as
a bundle and imported at HQ. Setting that up is not timed; the build (PDFs,
records.json, exhibits decrypted from HQ's store, manifest, minisign signature,
fsyncs, disclosure log) and ``verify_package`` are.
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
    parser.add_argument("--transmittal-records", type=int, default=None,
                        help="records in the timed transmittal (default 1000, --quick 100)")
    parser.add_argument("--no-transmittal", action="store_true", help="skip the transmittal")
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
    if not args.no_transmittal:
        transmittal_bench(args.transmittal_records or (100 if args.quick else 1000))
    return 0



# -- Transmittal ----------------------------------------------------------------------------


def transmittal_bench(count: int) -> None:
    """Build (and verify) a transmittal of ``count`` sealed records at a real HQ; print times."""
    import os
    import shutil
    import tempfile

    from fieldkit.domain.evidence import Exhibit
    from fieldkit.services import evidence, profiles, records, transmittal
    from fieldkit.services import sync as sync_service
    from fieldkit.services.session import Session

    work = Path(tempfile.mkdtemp(prefix="fieldkit-bench-transmittal-"))
    saved_home = os.environ.get("FIELDKIT_HOME")
    os.environ["FIELDKIT_HOME"] = str(work / "home")  # nothing outside the temp dir
    rng = random.Random(20261121)  # benchmark data, not secrets
    try:
        def make(role: str, name: str) -> Session:
            return profiles.create_profile(name, role, "bench passphrase",
                                           params=profiles.KdfParams.floor())

        setup_started = time.perf_counter()
        clinical = make("clinical_lead", "Dr Iryna Bondar")
        hq = make("coordinator", "Warsaw HQ")
        sync_service.write_request(clinical, work / "clinical.fkq", "HQ clinical laptop")
        sync_service.setup_organisation(hq, "Documenting Together", work / "clinical.fkq",
                                        work / "provisioning.fkp")
        laptop = make("interviewer", "Olena Kovalenko")
        sync_service.join(laptop, work / "provisioning.fkp", "Laptop 7")
        sync_service.write_request(laptop, work / "laptop.fkq", "Laptop 7")
        sync_service.receive_request(hq, work / "laptop.fkq")
        sync_service.approve(hq, laptop.info.id)
        pid = records.save_draft(laptop, person()).record_id
        ids = []
        for start in range(0, count, 200):
            with laptop.vault.write():
                for n in range(start, min(count, start + 200)):
                    body = dataclasses.replace(
                        interview(pid, case_number=f"WAW-2026-{n:05d}"),
                        account=dataclasses.replace(
                            interview(pid).account,
                            narrative=_text(_WORDS_UK, 8, rng),
                            translation=_text(_WORDS_EN, 4, rng),
                        ),
                    )
                    rid = records.save_draft(laptop, body).record_id
                    records.seal(laptop, rid)
                    ids.append(rid)
        exhibit_bytes = 0
        for n, rid in enumerate(ids[::10]):
            photo = work / f"photo-{n}.jpg"
            photo.write_bytes(rng.randbytes(200_000))
            exhibit_bytes += 200_000
            evidence.attach(laptop, rid, photo, Exhibit(type="photo"))
            photo.unlink()
        stick = work / "usb"
        stick.mkdir()
        sync_service.export_bundle(laptop, stick)
        [outcome] = sync_service.import_bundles(hq, [stick])
        assert outcome.status == "imported", outcome.message
        laptop.lock()
        clinical.lock()
        setup = time.perf_counter() - setup_started

        out = work / "out"
        out.mkdir()
        started, cpu_started = time.perf_counter(), time.process_time()
        result = transmittal.build_package(hq, "pl-prosecutor", ids, out, redaction="full")
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        verify_started = time.perf_counter()
        report = transmittal.verify_package(result.path)
        verified = time.perf_counter() - verify_started
        hq.lock()
        print(f"transmittal: {len(result.records)} records, {result.exhibits} exhibits "
              f"({exhibit_bytes / 2**20:.0f} MiB), {result.files} files, "
              f"{result.total_bytes / 2**20:.1f} MiB (setup, not timed: {setup:.0f} s)")
        print(f"  build {elapsed:.1f} s wall, {cpu:.1f} s CPU "
              f"({len(result.records) / elapsed:.0f} records/s)")
        print(f"  verify_package {verified:.2f} s, {'ok' if report.ok else 'FAILED'}")
    finally:
        if saved_home is None:
            os.environ.pop("FIELDKIT_HOME", None)
        else:
            os.environ["FIELDKIT_HOME"] = saved_home
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
