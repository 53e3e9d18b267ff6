"""The shipped .ts files are complete: every string of the UI, translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.gui.conftest import TS_DIR

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LANGUAGES = ("uk", "pl")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for message in ctx.iter("message"):
            found[(ctx.findtext("name") or "", message.findtext("source") or "")] = message
    return found


UI = ROOT / "src/fieldkit/ui"


def units() -> dict[str, list[Path]]:
    """Translation units: the core, and one per feature folder of ui/."""
    core = [ROOT / "src/fieldkit/app.py", *sorted(UI.glob("*.py")), UI / "start"]
    found = {"fieldkit": core}
    for folder in sorted(p for p in UI.iterdir() if p.is_dir() and p.name not in ("start",)):
        if folder.name.startswith("__"):
            continue
        found[folder.name] = [folder]
    return found


def lupdate(sources: list[Path], out: Path) -> set[tuple[str, str]]:
    subprocess.run(
        [str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
         *map(str, sources), "-ts", str(out)],
        check=True,
    )
    return set(messages(out)) if out.exists() else set()


@pytest.mark.parametrize("unit", sorted(units()))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(
    unit: str, language: str, tmp_path: Path
) -> None:
    current = lupdate(units()[unit], tmp_path / "fresh.ts")
    path = TS_DIR / f"{unit}_{language}.ts"
    if not current:
        assert not path.exists(), f"{path.name} has no strings left in the code"
        return
    assert path.exists(), f"create {path.name} with lupdate (docs/gui.md) and translate it"
    shipped = messages(path)
    missing = current - set(shipped)
    assert not missing, f"run lupdate (docs/gui.md) and translate: {sorted(missing)}"
    stale = set(shipped) - current
    assert not stale, f"strings no longer in the code: {sorted(stale)}"
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), key
        assert translation.get("type") is None, f"{key} is {translation.get('type')}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_loads(language: str, compiled_resources: Path) -> None:
    translator = QTranslator()
    assert translator.load(f"fieldkit_{language}", str(compiled_resources / "translations"))
    assert translator.translate("UnlockScreen", "Unlock") not in ("", "Unlock")
