"""How a bundle's import result reads: its status and, when refused, the reason in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.textsafety import plain

__all__ = ["reason_text", "status_text"]


def reason_text(reason: str) -> str:
    """A rejection reason code of docs/bundle-format.md section 6, in words."""
    texts = {
        "oversize": QCoreApplication.translate(
            "BundleReason", "Too large to be a bundle"),
        "truncated": QCoreApplication.translate(
            "BundleReason", "Cut off: the copy is incomplete"),
        "trailing-data": QCoreApplication.translate(
            "BundleReason", "Extra data after the end of the bundle"),
        "bad-header": QCoreApplication.translate(
            "BundleReason", "Not a FieldKit bundle, or its header is damaged"),
        "bad-signature": QCoreApplication.translate(
            "BundleReason", "The signature does not match: damaged or altered"),
        "unknown-key": QCoreApplication.translate(
            "BundleReason", "Signed by a laptop that is not enrolled"),
        "revoked-key": QCoreApplication.translate(
            "BundleReason", "Signed by a revoked laptop"),
        "wrong-recipient": QCoreApplication.translate(
            "BundleReason", "Addressed to another organisation or key"),
        "bad-chunk": QCoreApplication.translate(
            "BundleReason", "The encrypted content is damaged or out of order"),
        "missing-final-tag": QCoreApplication.translate(
            "BundleReason", "The end of the content is missing"),
        "early-final-tag": QCoreApplication.translate(
            "BundleReason", "The content ends too early"),
        "bad-payload": QCoreApplication.translate(
            "BundleReason", "The content is not laid out as FieldKit requires"),
        "bad-manifest": QCoreApplication.translate(
            "BundleReason", "The list of contents is invalid or does not match"),
        "fork": QCoreApplication.translate(
            "BundleReason", "Two different histories from the same laptop (fork)"),
        "rollback": QCoreApplication.translate(
            "BundleReason", "The laptop's records went backwards (an old backup?)"),
        "bad-revision": QCoreApplication.translate(
            "BundleReason", "A record is damaged, altered or wrongly signed"),
        "unreadable": QCoreApplication.translate(
            "BundleReason", "The file cannot be read"),
    }
    if reason in texts:
        return texts[reason]
    return QCoreApplication.translate("BundleReason", "Refused ({code})").format(
        code=plain(reason)
    )


def status_text(status: str) -> str:
    """An import result (``imported``, ``replay``, ``held``, ``rejected``) in words."""
    texts = {
        "imported": QCoreApplication.translate("BundleStatus", "Imported"),
        "replay": QCoreApplication.translate("BundleStatus", "Already imported"),
        "held": QCoreApplication.translate("BundleStatus", "Held for the clinical lead"),
        "rejected": QCoreApplication.translate("BundleStatus", "Rejected"),
    }
    return texts.get(status, plain(status))
