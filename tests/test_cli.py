"""The command line, as a script would use it: real profiles, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.domain import serialize

from .conftest import PASSPHRASE
from .samples import interview, person

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "interview.json"


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def interview_file(tmp_path: Path, **kwargs: str) -> Path:
    path = tmp_path / "interview.json"
    data = {
        "person": serialize.to_json(person()),
        "interview": serialize.to_json(interview(**kwargs)),
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def create(capsys: pytest.CaptureFixture[str], name: str = "Olena") -> str:
    code, out, err = run(
        capsys, "profile", "create", "--name", name, "--role", "interviewer", "--fast-kdf"
    )
    assert code == 0, err
    return out.split()[2]


@pytest.mark.usefixtures("env_passphrase")
def test_whole_flow(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    profile_id = create(capsys)
    code, out, _ = run(capsys, "profile", "list")
    assert code == 0 and profile_id in out and "fingerprint" in out

    code, out, err = run(capsys, "interview", "create", str(interview_file(tmp_path)))
    assert code == 0, err
    record_id = out.strip()
    code, out, err = run(capsys, "interview", "create", str(interview_file(tmp_path)))
    assert code == 0 and "already interviewed" in err

    code, out, _ = run(capsys, "interview", "list")
    assert code == 0 and record_id in out and "Warszawa" in out

    code, out, _ = run(capsys, "interview", "search", "сусіда")
    assert code == 0 and record_id in out

    exhibit = tmp_path / "photo.jpg"
    exhibit.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    code, out, err = run(capsys, "interview", "attach", record_id, str(exhibit), "--type", "photo")
    assert code == 0, err
    assert "sha256" in out

    code, out, err = run(capsys, "interview", "seal", record_id)
    assert code == 0, err
    code, out, _ = run(capsys, "interview", "show", record_id)
    shown = json.loads(out)
    assert shown["status"] == "sealed"
    assert shown["body"]["account"]["narrative"].startswith("Вони прийшли")
    code, out, _ = run(capsys, "interview", "show", record_id, "--history")
    assert [r["status"] for r in json.loads(out)] == ["draft", "sealed"]

    code, out, err = run(capsys, "verify")
    assert code == 0, err
    assert out.startswith("OK:")


@pytest.mark.usefixtures("env_passphrase")
def test_errors_are_one_line_and_non_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    create(capsys)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _out, err = run(capsys, "interview", "create", str(bad))
    assert code == 1 and err.count("\n") == 1 and "not valid UTF-8 JSON" in err
    code, _out, err = run(capsys, "interview", "create", str(tmp_path / "missing.json"))
    assert code == 1 and err.count("\n") == 1
    unready = interview_file(tmp_path, consent_to_participate=False)  # type: ignore[arg-type]
    code, _out, err = run(capsys, "interview", "create", str(unready), "--seal")
    assert code == 1 and "Consent to participate" in err
    code, _out, err = run(capsys, "interview", "show", "not-an-id")
    assert code == 1 and "Traceback" not in err


def test_wrong_passphrase_from_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    create(capsys)
    monkeypatch.delenv("FIELDKIT_PASSPHRASE")
    wrong = tmp_path / "pass.txt"
    wrong.write_text("definitely wrong\n", encoding="utf-8")
    code, _out, err = run(capsys, "verify", "--passphrase-file", str(wrong))
    assert code == 1 and "passphrase is not correct" in err
    assert "definitely wrong" not in err
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "verify", "--passphrase-file", str(right))
    assert code == 0, err


def test_no_passphrase_without_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    code, _out, err = run(capsys, "profile", "create", "--name", "X", "--role", "interviewer")
    assert code == 1 and "--passphrase-file" in err


@pytest.mark.usefixtures("env_passphrase")
def test_passwd(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    create(capsys)
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "brand new passphrase")
    code, _out, err = run(capsys, "profile", "passwd", "--fast-kdf")
    assert code == 0, err
    code, _out, err = run(capsys, "verify")
    assert code == 1 and "not correct" in err
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "brand new passphrase")
    code, _out, err = run(capsys, "verify")
    assert code == 0, err


@pytest.mark.usefixtures("env_passphrase")
def test_several_profiles_need_a_choice(capsys: pytest.CaptureFixture[str]) -> None:
    create(capsys, "A")
    create(capsys, "B")
    code, _out, err = run(capsys, "verify")
    assert code == 1 and "--profile" in err
    code, _out, err = run(capsys, "verify", "--profile", "B")
    assert code == 0, err


def test_example_file_is_valid(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    create(capsys)
    code, _out, err = run(capsys, "interview", "create", str(EXAMPLE), "--seal")
    assert code == 0, err


def test_selftest_and_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "FIELDKIT_HOME": str(tmp_path / "home"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit.cli", "selftest"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   cipher: SQLCipher" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit.cli", "verify"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "fieldkit: There is no profile yet: run `fieldkit profile create` first."
    )
