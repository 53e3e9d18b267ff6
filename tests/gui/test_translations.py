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


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code today."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
         str(ROOT / "src/fieldkit/app.py"), str(ROOT / "src/fieldkit/ui"), "-ts", str(out)],
        check=True,
    )
    return set(messages(out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(
    language: str, current_sources: set[tuple[str, str]]
) -> None:
    shipped = messages(TS_DIR / f"fieldkit_{language}.ts")
    missing = current_sources - set(shipped)
    assert not missing, f"run lupdate (docs/gui.md) and translate: {sorted(missing)}"
    stale = set(shipped) - current_sources
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
