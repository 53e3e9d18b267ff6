"""An unlocked profile, as the fronts hold it."""

from __future__ import annotations

from fieldkit.crypto import identity
from fieldkit.domain import vocabulary
from fieldkit.errors import NotPermitted, VaultLocked
from fieldkit.store.profile_file import ProfileInfo
from fieldkit.store.vault import Vault


class Session:
    """Holds the open vault; ``lock()`` closes it and drops the keys."""

    def __init__(self, vault: Vault) -> None:
        self._vault: Vault | None = vault
        self.info: ProfileInfo = vault.info

    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked()
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def fingerprint(self) -> str:
        return identity.fingerprint(
            bytes.fromhex(self.info.signing_public), bytes.fromhex(self.info.box_public)
        )

    def require_kind(self, kind: str) -> None:
        """Refuse record kinds this profile's role may not create or read."""
        allowed = vocabulary.roles().get(self.info.role).extra.get("can_create", [])
        if not isinstance(allowed, list | tuple) or kind not in allowed:
            raise NotPermitted(f"A {self.info.role} profile cannot work with {kind} records.")

    def lock(self) -> None:
        if self._vault is not None:
            self._vault.close()
        self._vault = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
