"""The translations loader: FieldKit's own ``.qm`` files plus Qt's, switched at run time.

Source strings are English. Each translation unit has one ``.ts`` file per
language in ``resources/translations/``: ``fieldkit_<lang>.ts`` for the core
(``app.py``, ``ui/*.py``, ``ui/start/``) and ``<feature>_<lang>.ts`` for each
feature folder ``ui/<feature>/``. ``make translations`` compiles them to ``.qm``
files; every ``*_<lang>.qm`` is loaded. A missing file is not an error: the
texts stay English.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
each screen rebuilds its texts in ``retranslate()`` when it gets that event.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from fieldkit import paths
from fieldkit.domain import vocabulary
from fieldkit.ui.signals import emit

__all__ = ["LANGUAGE_NAMES", "Translations", "system_language", "translations_dir"]

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "uk": "Українська", "pl": "Polski"}
"""Each language in its own name, as the language choosers show it (never translated)."""

_LOCALES = {"en": "en_GB", "uk": "uk_UA", "pl": "pl_PL"}


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def system_language() -> str:
    """Ukrainian or Polish when the system uses it, otherwise English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in vocabulary.LANGUAGES else "en"


class Translations(QObject):
    """Owns the installed translators; :meth:`install` switches the whole application."""

    changed = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._language = "en"
        self._installed: list[QTranslator] = []

    @property
    def language(self) -> str:
        """The chosen language code (``en``, ``uk`` or ``pl``)."""
        return self._language

    def install(self, language: str) -> bool:
        """Switch to ``language``; False (and English texts) if its file is missing."""
        if language not in vocabulary.LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing translations")
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        complete = True
        if language != "en":
            folder = self._folder or translations_dir()
            own = self._load(f"fieldkit_{language}", folder)
            complete = own is not None
            if own is None:
                log.warning("no compiled translation for %s; showing English", language)
            features = [
                self._load(path.stem, folder)
                for path in sorted(folder.glob(f"*_{language}.qm"))
                if path.stem != f"fieldkit_{language}"
            ]
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            for translator in (self._load(f"qtbase_{language}", qt_folder), own, *features):
                if translator is not None:
                    QCoreApplication.installTranslator(translator)
                    self._installed.append(translator)
        QLocale.setDefault(QLocale(_LOCALES[language]))
        self._language = language
        emit(self.changed, language)
        return complete

    def _load(self, stem: str, folder: Path) -> QTranslator | None:
        translator = QTranslator(self)
        if translator.load(stem, str(folder)):
            return translator
        translator.deleteLater()
        return None
