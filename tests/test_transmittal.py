"""Transmittal packages at HQ, from real bundles, checked with the real minisign binary."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.cli import main as cli_main
from fieldkit.crypto.stream import OperationCancelled
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.interview import ConsentScope, Interview, Withdrawal
from fieldkit.errors import FieldKitError, NotPermitted
from fieldkit.services import evidence, hq_records, records, transmittal
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import audit

from .conftest import PASSPHRASE, make_profile
from .samples import AT, interview, person

NAME_CYR = "Ганна Петренко"
NAME_LAT = "Hanna Petrenko"
NARRATIVE = (
    "Мене звати Ганна Петренко. Вони прийшли вранці 15 березня й забрали мого сусіда.\n"
    "Потім нас тримали в підвалі школи — п’ять днів."
)
SENTENCE = "Вони прийшли вранці 15 березня й забрали мого сусіда."
JQ_RECIPE = "jq -r '.files[] | .sha256 + \"  \" + .path' manifest.json | sha256sum -c -"
PYTHON_RECIPE = (
    "python3 -c \"import hashlib,json; m=json.load(open('manifest.json',encoding='utf-8')); "
    "[print(f['path']+':', 'OK' if hashlib.file_digest(open(f['path'],'rb'),'sha256')"
    ".hexdigest()==f['sha256'] else 'FAILED') for f in m['files']]\""
)


@dataclass
class Hq:
    hq: Session
    tmp: Path
    ids: dict[str, str]
    photo_sha: str


def _enroll(hq: Session, session: Session, provisioning: Path, tmp: Path) -> None:
    sync_service.join(session, provisioning, "Laptop 7 (Kraków)")
    request = tmp / f"request-{session.info.id}.fkq"
    sync_service.write_request(session, request, "Laptop 7 (Kraków)")
    sync_service.receive_request(hq, request)
    sync_service.approve(hq, session.info.id)


def _with_scopes(body: Interview, granted: set[str]) -> Interview:
    scopes = tuple(
        ConsentScope(scope=s.scope, granted=s.scope in granted, at=AT) for s in body.consent.scopes
    )
    scopes += tuple(
        ConsentScope(scope=s, granted=True, at=AT)
        for s in sorted(granted - {s.scope for s in scopes})
    )
    return dataclasses.replace(body, consent=dataclasses.replace(body.consent, scopes=scopes))


BASE = {"participation", "written_notes", "storage", "transfer_hq"}


@pytest.fixture
def hq(tmp_path: Path) -> Hq:
    return build_hq(tmp_path)


def build_hq(tmp_path: Path) -> Hq:
    """An HQ that imported a laptop's bundle: records with each consent situation."""
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp_path / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = tmp_path / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    laptop = make_profile()
    _enroll(hq, laptop, provisioning, tmp_path)

    pid = records.save_draft(laptop, person(NAME_CYR, NAME_LAT)).record_id
    both = BASE | {"share_pl_prosecutor", "share_ua_prosecutor"}

    def sealed(case: str, granted: set[str], narrative: str = NARRATIVE) -> str:
        body = _with_scopes(interview(pid, narrative=narrative, case_number=case), granted)
        rid = records.save_draft(laptop, body).record_id
        records.seal(laptop, rid)
        return rid

    ids = {
        "ok": sealed("WAW-2026-0001", both),
        "no_share": sealed("WAW-2026-0002", BASE),
        "ua_only": sealed("WAW-2026-0003", BASE | {"share_ua_prosecutor"}),
        "withdrawn": sealed("WAW-2026-0004", both),
    }
    # The person later withdrew consent to the Polish prosecutor: a correction with a reason.
    current = records.load(laptop, ids["withdrawn"]).body
    assert isinstance(current, Interview)
    withdrawal = Withdrawal(at="2026-11-25T09:00:00.000000Z", scopes=("share_pl_prosecutor",),
                            notify_recipients=("pl-prosecutor",), note="By phone.")
    records.correct(
        laptop, ids["withdrawn"],
        dataclasses.replace(current, consent=dataclasses.replace(
            current.consent, withdrawals=(withdrawal,))),
        reason="Consent to the Polish prosecutor withdrawn",
    )
    ids["retracted"] = sealed("WAW-2026-0006", both)
    records.withdraw(laptop, ids["retracted"], "The person asked for the record to be withdrawn")
    draft = _with_scopes(interview(pid, case_number="WAW-2026-0005"), both)
    ids["draft"] = records.save_draft(laptop, draft).record_id
    photo = tmp_path / "photo_Petrenko.jpg"
    photo.write_bytes(os.urandom(200_000))
    attached = evidence.attach(laptop, ids["ok"], photo, Exhibit(type="photo",
                               description="Фото пошкодженого будинку", provided_by=NAME_LAT))
    stick = tmp_path / "usb"
    stick.mkdir()
    sync_service.export_bundle(laptop, stick)
    [outcome] = sync_service.import_bundles(hq, [stick])
    assert outcome.status == "imported", outcome.message
    laptop.lock()
    clinical.lock()
    return Hq(hq, tmp_path, ids, attached.sha256)


def _all(h: Hq) -> list[str]:
    return [h.ids[k] for k in ("ok", "no_share", "ua_only", "withdrawn", "draft")]


def _out(h: Hq, name: str = "out") -> Path:
    folder = h.tmp / name
    folder.mkdir(exist_ok=True)
    return folder


def minisign_verify(folder: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["minisign", "-V", "-H", "-p", "hq.pub", "-m", "manifest.json"],
        cwd=folder, capture_output=True, check=False,
    )


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[bytes]:
    """The README's recipe: every file's SHA-256 against manifest.json, with sha256sum."""
    manifest = json.loads((folder / "manifest.json").read_bytes())
    lines = "".join(f"{f['sha256']}  {f['path']}\n" for f in manifest["files"])
    return subprocess.run(["sha256sum", "-c", "-"], cwd=folder, input=lines.encode(),
                          capture_output=True, check=False)


def pdftotext(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


# --------------------------------------------------------------------------- consent


def test_preview_lists_every_exclusion_with_its_reason(hq: Hq) -> None:
    missing = "01900000-0000-7000-8000-0000000000ff"
    asked = [*_all(hq), hq.ids["retracted"], missing]
    included, excluded = transmittal.preview(hq.hq, "pl-prosecutor", asked)
    assert [i.record_id for i in included] == [hq.ids["ok"]]
    reasons = {e.record_id: e.reason for e in excluded}
    assert reasons == {
        hq.ids["retracted"]: "withdrawn",
        hq.ids["no_share"]: "no-consent",
        hq.ids["ua_only"]: "other-recipient-only",
        hq.ids["withdrawn"]: "withdrawn",
        hq.ids["draft"]: "not-sealed",
        missing: "not-found",
    }
    messages = {e.record_id: e.message for e in excluded}
    assert "ua-prosecutor" in messages[hq.ids["ua_only"]]
    assert "2026-11-25" in messages[hq.ids["withdrawn"]]
    assert "record was withdrawn" in messages[hq.ids["retracted"]]
    assert all(e.message and e.message.isprintable() for e in excluded)

    # The Ukrainian prosecutor may receive the record consented to it only, and the one
    # whose Polish consent was withdrawn.
    to_ua, _ = transmittal.preview(hq.hq, "ua-prosecutor", _all(hq))
    assert {i.record_id for i in to_ua} == {hq.ids["ok"], hq.ids["ua_only"], hq.ids["withdrawn"]}
    to_icc, skipped = transmittal.preview(hq.hq, "international", _all(hq))
    assert to_icc == ()
    assert {e.reason for e in skipped} >= {"other-recipient-only", "no-consent"}


def test_configured_recipients_need_all_their_scopes(hq: Hq) -> None:
    added = transmittal.add_recipient(hq.hq, "eurojust-jit", "Joint investigation team",
                                      ["share_pl_prosecutor", "share_ua_prosecutor"])
    assert added in transmittal.recipients(hq.hq)
    included, excluded = transmittal.preview(hq.hq, "eurojust-jit", _all(hq))
    assert [i.record_id for i in included] == [hq.ids["ok"]]
    assert {e.record_id: e.reason for e in excluded}[hq.ids["ua_only"]] == "other-recipient-only"
    for bad in ("pl-prosecutor", "Bad Code", "x"):
        with pytest.raises(FieldKitError):
            transmittal.add_recipient(hq.hq, bad, "X", ["share_pl_prosecutor"])
    with pytest.raises(FieldKitError):
        transmittal.add_recipient(hq.hq, "other", "X", ["no_such_scope"])
    with pytest.raises(FieldKitError, match="no recipient"):
        transmittal.preview(hq.hq, "nobody", _all(hq))


def test_only_hq_can_transmit() -> None:
    laptop = make_profile()
    with pytest.raises(NotPermitted):
        transmittal.preview(laptop, "pl-prosecutor", [])


def test_hq_source_is_the_newest_revision_with_history(hq: Hq) -> None:
    source = hq_records.interview_source(hq.hq, hq.ids["withdrawn"])
    assert source.revision == 3 and [h.revision for h in source.history] == [1, 2, 3]
    assert source.interview.consent.withdrawals
    assert source.person is not None and source.person.identity.full_name_latin == NAME_LAT
    ok = hq_records.interview_source(hq.hq, hq.ids["ok"])
    [entry] = ok.exhibits
    assert entry.exhibit.sha256 == hq.photo_sha and entry.custody[0].purpose == "intake"


# --------------------------------------------------------------------------- packages


def test_package_for_the_polish_prosecutor_verifies_with_minisign(hq: Hq) -> None:
    seen: list[tuple[int, int]] = []
    result = transmittal.build_package(
        hq.hq, "pl-prosecutor", _all(hq), _out(hq), redaction="full", language="uk",
        progress=lambda d, t: seen.append((d, t)),
    )
    folder = result.path
    assert folder.parent == _out(hq).resolve()
    assert folder.name.startswith("transmittal-pl-prosecutor-")
    assert [p.name for p in _out(hq).iterdir()] == [folder.name]  # no .partial left
    assert seen and seen[-1][0] == seen[-1][1]
    assert len(result.excluded) == 4 and [r.record_id for r in result.records] == [hq.ids["ok"]]

    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == sorted([
        "README.txt", "exhibits/" + hq.photo_sha + ".jpg", "hq.pub", "manifest.json",
        "manifest.json.minisig", "records.json", "records/WAW-2026-0001.pdf",
    ])
    ok = minisign_verify(folder)
    assert ok.returncode == 0, ok.stderr
    assert b"Signature and comment signature verified" in ok.stdout
    assert folder.name.encode() in ok.stdout  # the trusted comment names the package
    assert sha256sum_check(folder).returncode == 0
    report = transmittal.verify_package(folder)
    assert report.ok and report.signature_ok and report.files_checked == 5, report.problems

    manifest = json.loads((folder / "manifest.json").read_bytes())
    assert manifest["format"] == "fieldkit.transmittal-manifest/1"
    assert manifest["recipient"]["code"] == "pl-prosecutor"
    assert manifest["redaction"] == "full" and manifest["language"] == "uk"
    assert [r["record_id"] for r in manifest["records"]] == [hq.ids["ok"]]
    for entry in manifest["files"]:
        data = (folder / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["size"]
    exhibit = (folder / "exhibits" / f"{hq.photo_sha}.jpg").read_bytes()
    assert hashlib.sha256(exhibit).hexdigest() == hq.photo_sha

    # The excluded records are nowhere in the package.
    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for key in ("no_share", "ua_only", "withdrawn", "draft"):
        assert hq.ids[key].encode() not in everything

    text = pdftotext(folder / "records" / "WAW-2026-0001.pdf")
    assert SENTENCE in text and NAME_CYR in text  # the full profile keeps the identity
    exported = json.loads((folder / "records.json").read_bytes())
    [record] = exported["records"]
    assert record["record_id"] == hq.ids["ok"] and record["envelope_verbatim"] is True
    assert record["interview"]["account"]["narrative"] == NARRATIVE
    assert record["exhibits"][0]["file"] == f"exhibits/{hq.photo_sha}.jpg"

    readme = (folder / "README.txt").read_text("utf-8")
    assert "minisign -V -H -p hq.pub -m manifest.json" in readme
    for recipe in (JQ_RECIPE, PYTHON_RECIPE):
        assert recipe in readme
        if recipe.startswith("jq") and shutil.which("jq") is None:
            continue
        ran = subprocess.run(["bash", "-c", recipe.replace("python3 ", f"{sys.executable} ")],
                             cwd=folder, capture_output=True, check=True)
        assert ran.stdout.count(b": OK") == 5 and b"FAILED" not in ran.stdout
    assert "НЕ ЗАШИФРОВАНО" in readme and "NIE JEST ZASZYFROWANY" in readme
    assert "NOT ENCRYPTED" in readme
    assert transmittal.hq_key_fingerprint(hq.hq) in readme

    [logged] = transmittal.disclosures(hq.hq)
    manifest_sha = hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert logged.package_hash == manifest_sha
    assert logged.package_hash == result.package_hash == report.manifest_sha256
    assert logged.recipient == "pl-prosecutor" and logged.redaction == "full"
    assert logged.records == ((hq.ids["ok"], 1 + 1, record["record_hash"]),)
    assert (logged.record_count, logged.excluded_count, logged.exhibit_count) == (1, 4, 1)
    assert "share_pl_prosecutor" in logged.scopes
    entries = [bytes(row[0]) for row in hq.hq.vault.conn.execute(
        "SELECT entry FROM audit WHERE event = 'export'")]
    [event] = [json.loads(e) for e in entries if b"transmittal" in e]
    assert event["detail"]["sha256"] == result.package_hash
    assert SENTENCE.encode() not in b"".join(entries) and NAME_LAT.encode() not in entries[-1]
    assert audit.verify(hq.hq.vault).ok


def test_tampering_is_detected(hq: Hq) -> None:
    folder = transmittal.build_package(hq.hq, "pl-prosecutor", [hq.ids["ok"]], _out(hq)).path
    manifest = folder / "manifest.json"
    original = manifest.read_bytes()
    manifest.write_bytes(original.replace(b'"redaction":"full"', b'"redaction":"fuLl"'))
    assert minisign_verify(folder).returncode != 0
    report = transmittal.verify_package(folder)
    assert not report.ok and not report.signature_ok
    manifest.write_bytes(original)
    assert minisign_verify(folder).returncode == 0

    pdf = folder / "records" / "WAW-2026-0001.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    photo = folder / "exhibits" / f"{hq.photo_sha}.jpg"
    photo.write_bytes(photo.read_bytes()[:-1] + b"\x00")
    (folder / "records" / "extra.pdf").write_bytes(b"%PDF-1.4 not from HQ")
    assert minisign_verify(folder).returncode == 0  # the manifest itself is intact
    check = sha256sum_check(folder)
    assert check.returncode != 0 and b"WAW-2026-0001.pdf: FAILED" in check.stdout
    report = transmittal.verify_package(folder)
    assert report.signature_ok and not report.ok
    problems = {b.path: b.problem for b in report.bad_files}
    assert problems == {
        "records/WAW-2026-0001.pdf": "changed",
        f"exhibits/{hq.photo_sha}.jpg": "changed",
        "records/extra.pdf": "unlisted",
    }
    (folder / "records.json").unlink()
    report = transmittal.verify_package(folder)
    assert {b.path: b.problem for b in report.bad_files}["records.json"] == "missing"


def test_verify_with_the_published_key_refuses_another_signer(hq: Hq, tmp_path: Path) -> None:
    folder = transmittal.build_package(hq.hq, "pl-prosecutor", [hq.ids["ok"]], _out(hq)).path
    published = tmp_path / "hq-published.pub"
    transmittal.write_hq_public_key(hq.hq, published)
    assert transmittal.verify_package(folder, published).ok
    other = make_profile("coordinator", "Impostor HQ")
    clinical = make_profile("clinical_lead", "Dr X")
    request = tmp_path / "x.fkq"
    sync_service.write_request(clinical, request)
    sync_service.setup_organisation(other, "Impostor", request, tmp_path / "x.fkp")
    impostor = tmp_path / "impostor.pub"
    transmittal.write_hq_public_key(other, impostor)
    report = transmittal.verify_package(folder, impostor)
    assert not report.ok and not report.signature_ok
    assert "key" in report.problems[0]


def test_pseudonymised_package_holds_no_name(hq: Hq) -> None:
    result = transmittal.build_package(hq.hq, "ua-prosecutor", _all(hq), _out(hq),
                                       redaction="pseudonymised", include_exhibits=True)
    folder = result.path
    assert result.language == "uk" and len(result.records) == 3
    assert transmittal.verify_package(folder).ok
    assert minisign_verify(folder).returncode == 0
    forbidden = [NAME_CYR, NAME_LAT, "Petrenko", "Петренко", "Olena Kovalenko"]
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".pdf" for p in files)
    for path in files:
        raw = path.read_bytes()
        texts = [raw.decode("utf-8", "replace")]
        if path.suffix == ".pdf":
            texts.append(pdftotext(path))
        for text in texts:
            for name in forbidden:
                assert name.casefold() not in text.casefold(), (path.name, name)
    exported = json.loads((folder / "records.json").read_bytes())
    for record in exported["records"]:
        assert record["person"]["identity"]["full_name_latin"] == ""
        assert "[P-0042]" in record["interview"]["account"]["narrative"]
        assert record["signed_by"] is None or len(record["signed_by"]) == 64
    pdf = next(p for p in files if p.suffix == ".pdf")
    assert "[P-0042]" in pdftotext(pdf) and "вранці 15 березня" in pdftotext(pdf)


def test_pseudonymised_package_leaves_exhibit_files_out_by_default(hq: Hq) -> None:
    result = transmittal.build_package(hq.hq, "pl-prosecutor", [hq.ids["ok"]], _out(hq),
                                       redaction="pseudonymised", language="pl")
    assert result.exhibits == 0 and not (result.path / "exhibits").exists()
    exported = json.loads((result.path / "records.json").read_bytes())
    assert exported["records"][0]["exhibits"][0]["file"] is None
    assert exported["records"][0]["exhibits"][0]["exhibit"]["sha256"] == hq.photo_sha
    assert "NIE są dołączone" in (result.path / "README.txt").read_text("utf-8")


def test_a_cancelled_build_leaves_nothing(hq: Hq) -> None:
    out = _out(hq)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(OperationCancelled):
        transmittal.build_package(hq.hq, "pl-prosecutor", _all(hq), out, cancelled=cancelled)
    assert list(out.iterdir()) == []
    assert transmittal.disclosures(hq.hq) == []


def test_a_failed_build_leaves_nothing(hq: Hq) -> None:
    for blob in (hq.hq.vault.folder / "exhibits").glob("*.fkx"):
        blob.unlink()  # HQ's encrypted copy of the photo is gone
    out = _out(hq)
    with pytest.raises(FieldKitError) as caught:
        transmittal.build_package(hq.hq, "pl-prosecutor", [hq.ids["ok"]], out)
    assert caught.value.code == "transmittal.exhibit_missing"
    assert list(out.iterdir()) == [] and transmittal.disclosures(hq.hq) == []
    # Without the exhibit files the same records still go.
    assert transmittal.build_package(hq.hq, "pl-prosecutor", [hq.ids["ok"]], out,
                                     include_exhibits=False).exhibits == 0


def test_nothing_is_built_when_no_record_may_go(hq: Hq) -> None:
    out = _out(hq)
    with pytest.raises(FieldKitError) as caught:
        transmittal.build_package(hq.hq, "international", _all(hq), out)
    assert caught.value.code == "transmittal.empty"
    assert list(out.iterdir()) == [] and transmittal.disclosures(hq.hq) == []


def test_disclosure_log_prints(hq: Hq, tmp_path: Path) -> None:
    first = transmittal.build_package(hq.hq, "pl-prosecutor", _all(hq), _out(hq))
    second = transmittal.build_package(hq.hq, "ua-prosecutor", _all(hq), _out(hq),
                                       redaction="pseudonymised")
    log = transmittal.disclosures(hq.hq)
    assert [e.package_hash for e in log] == [first.package_hash, second.package_hash]
    pdf = transmittal.disclosure_pdf(hq.hq, tmp_path / "log.pdf")
    text = pdftotext(pdf)
    solid = "".join(text.split())  # long hashes wrap inside their table cell
    assert first.package_hash in solid and second.package_hash in solid
    assert "pl-prosecutor" in text and "pseudonymised" in text and "Page 1 of" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True).stdout
    assert b"DejaVu" in fonts and b" no " not in fonts.split(b"\n", 2)[2]
    qpdf = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=False)
    assert qpdf.returncode == 0, qpdf.stdout
    with pytest.raises(Exception, match="never"):
        hq.hq.vault.conn.execute("DELETE FROM disclosures")


def test_cli_preview_build_verify_and_log(hq: Hq, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    who = ["--profile", hq.hq.info.id]
    hq.hq.lock()
    out = _out(hq)
    assert cli_main(["transmit", "preview", "--recipient", "pl-prosecutor", *_all(hq), *who]) == 0
    shown = capsys.readouterr().out
    assert "[other-recipient-only]" in shown and "[not-sealed]" in shown
    assert cli_main(["transmit", "build", "--recipient", "pl-prosecutor", "--all",
                     "--out", str(out), *who]) == 1  # without --yes nothing is built
    assert list(out.iterdir()) == []
    assert cli_main(["transmit", "build", "--recipient", "pl-prosecutor", "--all",
                     "--out", str(out), "--yes", *who]) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err
    [folder] = list(out.iterdir())
    assert cli_main(["transmit", "verify", str(folder)]) == 0
    assert "All 5 files match" in capsys.readouterr().out
    (folder / "README.txt").write_text("changed")
    assert cli_main(["transmit", "verify", str(folder)]) == 1
    assert "changed" in capsys.readouterr().out
    log_pdf = hq.tmp / "log.pdf"
    assert cli_main(["disclosures", "--pdf", str(log_pdf), *who]) == 0
    assert "pl-prosecutor" in capsys.readouterr().out and log_pdf.exists()


def test_a_killed_build_leaves_a_partial_that_the_next_build_removes(hq: Hq) -> None:
    out = _out(hq)
    stale = out / "transmittal-pl-prosecutor-2026-11-30-0a1b2c3d.partial"
    (stale / "records").mkdir(parents=True)
    (stale / "records" / "WAW-2026-0001.pdf").write_bytes(b"%PDF-1.4 half written")
    unrelated = out / "transmittal-notes.partial"  # not of the service's naming: kept
    unrelated.mkdir()
    target = out / "elsewhere"
    target.mkdir()
    linked = out / "transmittal-pl-prosecutor-2026-11-30-ffffffff.partial"
    linked.symlink_to(target, target_is_directory=True)  # a link is never followed or removed
    result = transmittal.build_package(hq.hq, "pl-prosecutor", _all(hq), out)
    assert not stale.exists()
    assert unrelated.is_dir() and linked.is_symlink() and target.is_dir()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [result.path.name, unrelated.name, linked.name, target.name])
    assert minisign_verify(result.path).returncode == 0
    assert transmittal.verify_package(result.path).ok
    assert [r.record_id for r in result.records] == [hq.ids["ok"]]


def test_clean_up_leaves_a_build_in_progress_alone(hq: Hq) -> None:
    out = _out(hq)
    running = out / "transmittal-ua-prosecutor-2026-11-30-12345678.partial"
    running.mkdir()
    held = transmittal._lock(running)  # what a build does while it writes
    try:
        assert held is not None
        assert transmittal.remove_stale_partials(out) == []
        assert running.is_dir()
    finally:
        transmittal._unlock(held)
    assert transmittal.remove_stale_partials(out) == [running.name]
    assert not running.exists()
