"""Enrollment, export, import and receipts through the ``fieldkit`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.domain import serialize

from .conftest import PASSPHRASE
from .samples import interview, person


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def create(capsys: pytest.CaptureFixture[str], name: str, role: str) -> str:
    code, out, err = run(capsys, "profile", "create", "--name", name, "--role", role, "--fast-kdf")
    assert code == 0, err
    return out.split()[2]


def test_usb_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    clinical = create(capsys, "Clinical Lead", "clinical_lead")
    hq = create(capsys, "HQ", "coordinator")
    laptop = create(capsys, "Laptop Olena", "interviewer")
    clinical_req = tmp_path / "clinical.fkq"
    assert run(capsys, "sync", "request", "-p", clinical, "--out", str(clinical_req))[0] == 0
    prov = tmp_path / "provisioning.fkp"
    code, out, err = run(
        capsys,
        "org",
        "setup",
        "-p",
        hq,
        "--name",
        "Documenting Together",
        "--clinical-request",
        str(clinical_req),
        "--out",
        str(prov),
    )
    assert code == 0, err
    hq_fingerprint = out.split("aloud at every laptop): ")[1].strip()

    request = tmp_path / "laptop.fkq"
    code, out, _ = run(
        capsys,
        "sync",
        "join",
        str(prov),
        "-p",
        laptop,
        "--device",
        "Laptop 7",
        "--request-out",
        str(request),
    )
    assert code == 1 and hq_fingerprint in out  # refuses until the fingerprint was compared
    code, out, err = run(
        capsys,
        "sync",
        "join",
        str(prov),
        "-p",
        laptop,
        "--device",
        "Laptop 7",
        "--request-out",
        str(request),
        "--yes",
    )
    assert code == 0, err
    code, out, err = run(capsys, "org", "receive", str(request), "-p", hq)
    assert code == 0 and "fingerprint" in out, err
    assert run(capsys, "org", "approve", laptop, "-p", hq)[0] == 0
    code, out, _ = run(capsys, "org", "devices", "-p", hq)
    assert "active" in out and "Laptop 7" in out

    record = tmp_path / "interview.json"
    record.write_text(
        json.dumps(
            {"person": serialize.to_json(person()), "interview": serialize.to_json(interview())}
        ),
        encoding="utf-8",
    )
    assert run(capsys, "interview", "create", str(record), "-p", laptop)[0] == 0
    code, out, _ = run(capsys, "sync", "status", "-p", laptop)
    assert "Not yet safe at HQ: 2 revisions" in out
    stick = tmp_path / "usb"
    code, out, err = run(capsys, "sync", "export", str(stick), "-p", laptop)
    assert code == 0, err
    receipts = tmp_path / "receipts"
    code, out, err = run(
        capsys, "sync", "import", str(stick), "-p", hq, "--receipts", str(receipts)
    )
    assert code == 0 and out.startswith("IMPORTED"), out + err
    code, out, _ = run(capsys, "sync", "import", str(stick), "-p", hq)
    assert code == 0 and out.startswith("REPLAY")
    [receipt] = list(receipts.iterdir())
    code, out, err = run(capsys, "sync", "receipt", str(receipt), "-p", laptop)
    assert code == 0 and "2 revisions" in out, err
    code, out, _ = run(capsys, "sync", "status", "-p", laptop)
    assert "Not yet safe at HQ: 0 revisions" in out
    assert run(capsys, "org", "revoke", laptop, "-p", hq)[0] == 0
    assert run(capsys, "interview", "create", str(record), "-p", laptop)[0] == 0
    assert run(capsys, "sync", "export", str(stick), "-p", laptop)[0] == 0
    code, out, _ = run(capsys, "sync", "import", str(stick), "-p", hq)
    assert code == 1 and "[revoked-key]" in out
