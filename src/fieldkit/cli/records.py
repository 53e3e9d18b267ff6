"""``fieldkit profile``, ``interview``, ``verify``, ``selftest`` and ``gui``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fieldkit.cli.common import (
    EXIT_ERROR,
    choose_profile,
    err,
    new_passphrase,
    open_session,
    out,
    params,
    passphrase,
    passphrase_options,
    profile_option,
)
from fieldkit.domain import serialize
from fieldkit.domain.evidence import Exhibit
from fieldkit.errors import FieldKitError
from fieldkit.services import evidence, intake, records, selftest
from fieldkit.services import profiles as profile_service
from fieldkit.services.verify import verify_profile
from fieldkit.textsafety import plain

Subparsers = argparse._SubParsersAction


def cmd_profile_create(args: argparse.Namespace) -> int:
    secret = passphrase(args, confirm=True, prompt="New passphrase: ")
    with profile_service.create_profile(
        args.name, args.role, secret, language=args.language, params=params(args)
    ) as session:
        out(f"Created profile {session.info.id}")
        out(f"  name:        {plain(session.info.display_name)}")
        out(f"  role:        {session.info.role}")
        out(f"  fingerprint: {session.fingerprint}")
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    found = profile_service.list_profiles()
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "name": p.display_name,
                        "role": p.role,
                        "created_at": p.created_at,
                        "fingerprint": p.fingerprint,
                    }
                    for p in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not found:
        out("No profiles yet. Create one with: fieldkit profile create --name NAME --role ROLE")
    for p in found:
        out(f"{p.id}  {p.role:<13} {plain(p.display_name)}")
        out(f"    fingerprint {p.fingerprint}")
    return 0


def cmd_profile_passwd(args: argparse.Namespace) -> int:
    summary = choose_profile(args.profile)
    old = passphrase(args, prompt="Current passphrase: ")
    new = new_passphrase(args)
    profile_service.change_passphrase(summary.id, old, new, params=params(args))
    out("Passphrase changed. Only vault.key was rewritten.")
    return 0


def cmd_profile_delete(args: argparse.Namespace) -> int:
    summary = choose_profile(args.profile)
    if not args.yes:
        raise FieldKitError("Deleting a profile destroys its data. Repeat with --yes to confirm.")
    profile_service.delete_profile(summary.id, passphrase(args))
    out(f"Deleted profile {summary.id}.")
    return 0


def cmd_interview_create(args: argparse.Namespace) -> int:
    untrusted = intake.read_json_file(Path(args.file))
    with open_session(args) as session:
        result = intake.create_from_json(session, untrusted, seal=args.seal)
        for row in result.earlier_interviews:
            err(
                f"warning: this person was already interviewed on {plain(row.interview_date)} "
                f"(case {plain(row.case_number)}, record {row.record_id})"
            )
        out(result.interview.record_id)
    return 0


def cmd_interview_list(args: argparse.Namespace) -> int:
    where = records.InterviewFilter(
        status=args.status,
        city=args.city,
        date_from=args.date_from,
        date_to=args.date_to,
        category=args.category,
    )
    with open_session(args) as session:
        rows = records.list_interviews(session, limit=args.limit, where=where)
    for row in rows:
        out(
            "  ".join(
                [
                    row.record_id,
                    plain(row.case_number) or "-",
                    plain(row.person_code) or "-",
                    plain(row.interview_date) or "-",
                    plain(row.city) or "-",
                    row.status,
                    ",".join(row.categories) or "-",
                ]
            )
        )
    return 0


def cmd_interview_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.history:
            entries = records.history(session, args.id)
            out(
                json.dumps(
                    [
                        {
                            "revision": r.envelope.revision,
                            "seq": r.envelope.seq,
                            "status": r.envelope.status,
                            "created_at": r.envelope.created_at,
                            "author_role": r.envelope.author_role,
                            "reason": r.envelope.reason,
                            "hash": r.hash,
                        }
                        for r in entries
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return 0
        loaded = records.load(session, args.id)
        out(
            json.dumps(
                {
                    "record_id": loaded.record_id,
                    "kind": loaded.kind,
                    "status": loaded.status,
                    "revision": loaded.revision,
                    "hash": loaded.hash,
                    "author_profile": loaded.envelope.profile_id,
                    "created_at": loaded.envelope.created_at,
                    "zone": loaded.envelope.zone,
                    "body": serialize.to_json(loaded.body),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    return 0


def cmd_interview_search(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        for record_id in records.search_interviews(session, args.text, args.limit):
            out(record_id)
    return 0


def cmd_interview_seal(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        saved = records.seal(session, args.id)
    out(f"Sealed {saved.record_id} (revision {saved.revision}, hash {saved.hash})")
    return 0


def cmd_interview_attach(args: argparse.Namespace) -> int:
    details = Exhibit(type=args.type, description=args.description, provided_by=args.provided_by)
    with open_session(args) as session:
        attached = evidence.attach(session, args.id, Path(args.file), details)
    out(f"Attached exhibit {attached.exhibit_id}")
    out(f"  sha256: {attached.sha256}")
    out(f"  size:   {attached.size} bytes")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        report = verify_profile(session)
    if report.ok:
        out(
            f"OK: {report.revisions_checked} revisions and {report.audit_entries_checked} audit "
            "entries verified; signatures, hash chains and database integrity are intact."
        )
        return 0
    for problem in report.problems:
        err(f"FAILED: {problem}")
    return EXIT_ERROR


def cmd_selftest(_args: argparse.Namespace) -> int:
    results = selftest.run()
    for check in results:
        out(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if all(c.ok for c in results) else EXIT_ERROR


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldkit import app  # noqa: PLC0415 - Qt loads only when the GUI is asked for

    return app.main(["--demo"] if args.demo else [])


def register(sub: Subparsers) -> None:  # type: ignore[type-arg]
    """Add the profile, interview, verify, selftest and gui commands."""

    profile = sub.add_parser("profile", help="create, list and manage profiles").add_subparsers(
        dest="action", required=True
    )
    create = profile.add_parser("create", help="create a profile")
    create.add_argument("--name", required=True)
    create.add_argument(
        "--role",
        required=True,
        choices=["interviewer", "psychologist", "coordinator", "clinical_lead"],
    )
    create.add_argument("--language", default="en", choices=["en", "uk", "pl"])
    create.add_argument(
        "--fast-kdf",
        action="store_true",
        help="use libsodium's interactive Argon2id limits instead of calibrating",
    )
    passphrase_options(create)
    create.set_defaults(func=cmd_profile_create)
    listing = profile.add_parser("list", help="list profiles on this computer")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_profile_list)
    passwd = profile.add_parser("passwd", help="change a profile's passphrase")
    profile_option(passwd)
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.add_argument("--fast-kdf", action="store_true")
    passwd.set_defaults(func=cmd_profile_passwd)
    delete = profile.add_parser("delete", help="destroy a profile and its data")
    profile_option(delete)
    delete.add_argument("--yes", action="store_true", help="confirm the deletion")
    delete.set_defaults(func=cmd_profile_delete)

    interview = sub.add_parser("interview", help="work with interview records").add_subparsers(
        dest="action", required=True
    )
    i_create = interview.add_parser("create", help="create an interview from a JSON file")
    i_create.add_argument("file")
    i_create.add_argument("--seal", action="store_true", help="seal it at once")
    profile_option(i_create)
    i_create.set_defaults(func=cmd_interview_create)
    i_list = interview.add_parser("list", help="list interviews")
    profile_option(i_list)
    i_list.add_argument("--status", choices=["draft", "sealed", "withdrawn"])
    i_list.add_argument("--city")
    i_list.add_argument("--from", dest="date_from", metavar="DATE")
    i_list.add_argument("--to", dest="date_to", metavar="DATE")
    i_list.add_argument("--category")
    i_list.add_argument("--limit", type=int, default=100)
    i_list.set_defaults(func=cmd_interview_list)
    show = interview.add_parser("show", help="show an interview as JSON")
    show.add_argument("id")
    show.add_argument("--history", action="store_true", help="list its revisions instead")
    profile_option(show)
    show.set_defaults(func=cmd_interview_show)
    i_search = interview.add_parser("search", help="full-text search")
    i_search.add_argument("text")
    i_search.add_argument("--limit", type=int, default=50)
    profile_option(i_search)
    i_search.set_defaults(func=cmd_interview_search)
    i_seal = interview.add_parser("seal", help="seal an interview (it becomes read-only)")
    i_seal.add_argument("id")
    profile_option(i_seal)
    i_seal.set_defaults(func=cmd_interview_seal)
    attach = interview.add_parser("attach", help="attach an exhibit file to an interview")
    attach.add_argument("id")
    attach.add_argument("file")
    attach.add_argument("--type", default="other")
    attach.add_argument("--description", default="")
    attach.add_argument("--provided-by", default="")
    profile_option(attach)
    attach.set_defaults(func=cmd_interview_attach)

    verify = sub.add_parser("verify", help="check every signature and hash chain")
    profile_option(verify)
    verify.set_defaults(func=cmd_verify)
    test = sub.add_parser(
        "selftest", help="check that the cipher, libsodium, fonts and translations load"
    )
    test.set_defaults(func=cmd_selftest)
    gui = sub.add_parser("gui", help="start the desktop app")
    gui.add_argument(
        "--demo", action="store_true", help="open a throwaway profile with sample data"
    )
    gui.set_defaults(func=cmd_gui)
