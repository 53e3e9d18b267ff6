"""``fieldkit transmit`` (HQ: transmittal packages for prosecutors) and ``fieldkit disclosures``."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldkit.cli.common import EXIT_ERROR, err, open_session, out, profile_option
from fieldkit.services import hq_records, transmittal
from fieldkit.services.session import Session
from fieldkit.textsafety import plain

Subparsers = argparse._SubParsersAction

NOT_ENCRYPTED = (
    "WARNING: the package is NOT encrypted. It holds testimony and, in the full profile, "
    "the identity of witnesses. Write it only to encrypted storage you control."
)


def _record_ids(session: Session, args: argparse.Namespace) -> list[str]:
    if args.all:
        return hq_records.interview_ids(session)
    if not args.record_ids:
        raise transmittal.TransmittalError(
            "Name the records to send (record ids), or use --all.", code="transmittal.empty"
        )
    return list(args.record_ids)


def _print_preview(preview: transmittal.Preview) -> None:
    for item in preview.included:
        out(f"INCLUDE  {item.record_id}  {plain(item.case_number)}  revision {item.revision}")
    for skip in preview.excluded:
        out(f"EXCLUDE  {skip.record_id}  {plain(skip.case_number)}  [{skip.reason}] {skip.message}")
    out(f"{len(preview.included)} record(s) may go, {len(preview.excluded)} excluded.")


def cmd_preview(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = transmittal.preview(session, args.recipient, _record_ids(session, args))
    _print_preview(preview)
    return 0 if preview.included else EXIT_ERROR


def cmd_build(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        ids = _record_ids(session, args)
        preview = transmittal.preview(session, args.recipient, ids)
        _print_preview(preview)
        err(NOT_ENCRYPTED)
        if not args.yes:
            out("Check the list above, then repeat with --yes to build the package.")
            return EXIT_ERROR
        exhibits = None if args.exhibits is None else args.exhibits == "yes"
        result = transmittal.build_package(
            session, args.recipient, ids, Path(args.out), redaction=args.redaction,
            language=args.language, organisation=args.organisation, include_exhibits=exhibits,
        )
    out(f"Wrote {result.path}")
    out(f"  {len(result.records)} record(s), {result.exhibits} exhibit file(s), "
        f"{result.files} files, {result.total_bytes} bytes; profile {result.redaction}, "
        f"language {result.language}")
    out(f"  package hash (SHA-256 of manifest.json): {result.package_hash}")
    out("  Recorded in the disclosure log. Recipients verify it with:")
    out("    minisign -V -H -p hq.pub -m manifest.json")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    report = transmittal.verify_package(
        Path(args.folder), Path(args.pub) if args.pub else None
    )
    if report.signature_ok:
        out(f"Signature: good (key {report.key_id})")
        out(f"Trusted comment: {plain(report.trusted_comment)}")
        out(f"Package hash (SHA-256 of manifest.json): {report.manifest_sha256}")
        if report.key_from_package:
            out("The key is the package's own hq.pub: confirm its fingerprint with HQ by phone.")
    else:
        out("Signature: NOT VALID")
    for bad in report.bad_files:
        out(f"  {bad.problem:<12} {plain(bad.path)}")
    for problem in report.problems:
        err(f"fieldkit: {problem}")
    if report.ok:
        out(f"All {report.files_checked} files match the signed manifest.")
        return 0
    return EXIT_ERROR


def cmd_recipients(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = transmittal.recipients(session)
    for r in found:
        kind = "built-in" if r.built_in else "configured"
        out(f"{r.code:<20} {kind:<10} {plain(r.name)}  (consent: {', '.join(r.scopes)})")
    return 0


def cmd_add_recipient(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        added = transmittal.add_recipient(session, args.code, args.name, args.scope)
    out(f"Added recipient {added.code}: {plain(added.name)} (consent: {', '.join(added.scopes)})")
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.out:
            written = transmittal.write_hq_public_key(session, Path(args.out))
            out(f"Wrote {written}")
        data = transmittal.hq_public_key(session)
        fingerprint = transmittal.hq_key_fingerprint(session)
    if not args.out:
        out(data.decode("ascii").rstrip("\n"))
    out(f"SHA-256 of the key file (read it to recipients by phone): {fingerprint}")
    return 0


def cmd_disclosures(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = transmittal.disclosures(session)
        written = transmittal.disclosure_pdf(session, Path(args.pdf)) if args.pdf else None
    for e in entries:
        out(f"{e.seq:>4}  {e.created_at[:19]}Z  {e.recipient:<16} {e.redaction:<13} "
            f"{e.record_count} record(s)  {e.package_hash}")
        out(f"      {plain(e.package_name)}; consent {', '.join(e.scopes)}")
    if not entries:
        out("No transmittal yet.")
    if written is not None:
        out(f"Wrote {written} (not encrypted: it lists record ids and recipients).")
    return 0


def register(sub: Subparsers) -> None:  # type: ignore[type-arg]
    t = sub.add_parser("transmit", help="HQ: transmittal packages for prosecutors").add_subparsers(
        dest="action", required=True
    )
    for name, func, text in (
        ("preview", cmd_preview, "which records may go to a recipient, and why not the others"),
        ("build", cmd_build, "build a signed transmittal package (NOT encrypted)"),
    ):
        cmd = t.add_parser(name, help=text)
        cmd.add_argument("--recipient", required=True,
                         help="pl-prosecutor, ua-prosecutor, international or a configured code")
        cmd.add_argument("record_ids", nargs="*", metavar="RECORD_ID")
        cmd.add_argument("--all", action="store_true", help="every interview HQ holds")
        profile_option(cmd)
        cmd.set_defaults(func=func)
        if name == "build":
            cmd.add_argument("--out", required=True, metavar="DIR", help="folder to build in")
            cmd.add_argument("--redaction", choices=("full", "pseudonymised"), default="full")
            cmd.add_argument("--language", choices=("en", "uk", "pl"),
                             help="labels of the PDFs (default: by recipient)")
            cmd.add_argument("--organisation", help="name printed (default: the organisation)")
            cmd.add_argument("--exhibits", choices=("yes", "no"),
                             help="include exhibit files (default: only in the full profile)")
            cmd.add_argument("--yes", action="store_true", help="the preview was checked")
    verify = t.add_parser("verify", help="check a package's signature and files (no profile)")
    verify.add_argument("folder")
    verify.add_argument("--pub", metavar="FILE", help="HQ's public key obtained beforehand")
    verify.set_defaults(func=cmd_verify)
    listing = t.add_parser("recipients", help="list recipients and the consent each needs")
    profile_option(listing)
    listing.set_defaults(func=cmd_recipients)
    add = t.add_parser("add-recipient", help="configure another recipient")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--scope", action="append", required=True,
                     help="a consent scope the record must hold (repeat for several)")
    profile_option(add)
    add.set_defaults(func=cmd_add_recipient)
    key = t.add_parser("key", help="print or write HQ's minisign public key (to publish)")
    key.add_argument("--out", metavar="FILE")
    profile_option(key)
    key.set_defaults(func=cmd_key)

    disc = sub.add_parser("disclosures", help="HQ: the disclosure log")
    disc.add_argument("--pdf", metavar="FILE", help="also print the log to a PDF")
    profile_option(disc)
    disc.set_defaults(func=cmd_disclosures)
