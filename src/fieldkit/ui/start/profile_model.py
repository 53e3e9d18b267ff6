"""The profiles on this computer as a list model: name on one line, role on the next."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldkit.domain import vocabulary
from fieldkit.services.profiles import ProfileSummary
from fieldkit.textsafety import plain
from fieldkit.ui.signals import emit

__all__ = ["ProfileListModel", "role_label"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def role_label(role: str, language: str) -> str:
    """The role's label in ``language``; the bare code for a role this version lacks."""
    roles = vocabulary.roles()
    return roles.get(role).label(language) if roles.has(role) else plain(role)


class ProfileListModel(QAbstractListModel):
    """Holds the summaries (public data only); display names are shown as plain text."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profiles: list[ProfileSummary] = []
        self._language = language

    def set_profiles(self, profiles: list[ProfileSummary]) -> None:
        self.beginResetModel()
        self._profiles = list(profiles)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._profiles:
            emit(self.dataChanged, self.index(0), self.index(len(self._profiles) - 1))

    def profile(self, row: int) -> ProfileSummary | None:
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def row_of(self, profile_id: str) -> int:
        for row, summary in enumerate(self._profiles):
            if summary.id == profile_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._profiles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        summary = self.profile(index.row()) if index.isValid() else None
        if summary is None:
            return None
        name = plain(summary.display_name)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}\n{role_label(summary.role, self._language)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{name}, {role_label(summary.role, self._language)}"
        if role == ID_ROLE:
            return summary.id
        return None
