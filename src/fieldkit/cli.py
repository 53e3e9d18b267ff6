"""The ``fieldkit`` command: the services, headless.

Errors print one line and exit non-zero; tracebacks appear only with
``FIELDKIT_DEBUG=1``. Passphrases come from a prompt, ``--passphrase-file`` or
``FIELDKIT_PASSPHRASE``, never from the command line itself.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fieldkit import __version__
from fieldkit.domain import serialize
from fieldkit.domain.evidence import Exhibit
from fieldkit.errors import FieldKitError
from fieldkit.services import evidence, intake, records, selftest
from fieldkit.services import profiles as profile_service
from fieldkit.services.session import Session
from fieldkit.services.verify import verify_profile
from fieldkit.textsafety import plain

EXIT_ERROR = 1
MAX_PASSPHRASE_FILE = 64 * 1024


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _err(line: str) -> None:
    sys.stderr.write(line + "\n")


# -- passphrases ------------------------------------------------------------------


def _read_passphrase_file(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_PASSPHRASE_FILE + 1)
    except OSError as exc:
        raise FieldKitError(f"Cannot read the passphrase file: {exc.strerror}.") from None
    if len(data) > MAX_PASSPHRASE_FILE:
        raise FieldKitError("The passphrase file is too large.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FieldKitError("The passphrase file is not UTF-8 text.") from None
    return text[:-1] if text.endswith("\n") else text


def _passphrase(
    args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Passphrase: "
) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_passphrase_file(args.passphrase_file)
    env = os.environ.get("FIELDKIT_PASSPHRASE")
    if env is not None:
        return env
    return _prompt(prompt, confirm)


def _prompt(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise FieldKitError(
            "No passphrase given: use a terminal, --passphrase-file or FIELDKIT_PASSPHRASE."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise FieldKitError("The two passphrases differ.")
    return first


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return _read_passphrase_file(args.new_passphrase_file)
    env = os.environ.get("FIELDKIT_NEW_PASSPHRASE")
    if env is not None:
        return env
    return _prompt("New passphrase: ", confirm=True)


def _params(args: argparse.Namespace) -> profile_service.KdfParams | None:
    return profile_service.KdfParams.floor() if getattr(args, "fast_kdf", False) else None


def _open(args: argparse.Namespace) -> Session:
    summary = _choose_profile(args.profile)
    return profile_service.unlock(summary.id, _passphrase(args))


def _choose_profile(name: str | None) -> profile_service.ProfileSummary:
    if name:
        return profile_service.find_profile(name)
    found = profile_service.list_profiles()
    if len(found) == 1:
        return found[0]
    if not found:
        raise FieldKitError("There is no profile yet: run `fieldkit profile create` first.")
    raise FieldKitError("There are several profiles: choose one with --profile.")


# -- commands ---------------------------------------------------------------------


def cmd_profile_create(args: argparse.Namespace) -> int:
    passphrase = _passphrase(args, confirm=True, prompt="New passphrase: ")
    with profile_service.create_profile(
        args.name, args.role, passphrase, language=args.language, params=_params(args)
    ) as session:
        _out(f"Created profile {session.info.id}")
        _out(f"  name:        {plain(session.info.display_name)}")
        _out(f"  role:        {session.info.role}")
        _out(f"  fingerprint: {session.fingerprint}")
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    found = profile_service.list_profiles()
    if args.json:
        _out(
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
        _out("No profiles yet. Create one with: fieldkit profile create --name NAME --role ROLE")
    for p in found:
        _out(f"{p.id}  {p.role:<13} {plain(p.display_name)}")
        _out(f"    fingerprint {p.fingerprint}")
    return 0


def cmd_profile_passwd(args: argparse.Namespace) -> int:
    summary = _choose_profile(args.profile)
    old = _passphrase(args, prompt="Current passphrase: ")
    new = _new_passphrase(args)
    profile_service.change_passphrase(summary.id, old, new, params=_params(args))
    _out("Passphrase changed. Only vault.key was rewritten.")
    return 0


def cmd_profile_delete(args: argparse.Namespace) -> int:
    summary = _choose_profile(args.profile)
    if not args.yes:
        raise FieldKitError("Deleting a profile destroys its data. Repeat with --yes to confirm.")
    profile_service.delete_profile(summary.id, _passphrase(args))
    _out(f"Deleted profile {summary.id}.")
    return 0


def cmd_interview_create(args: argparse.Namespace) -> int:
    untrusted = intake.read_json_file(Path(args.file))
    with _open(args) as session:
        result = intake.create_from_json(session, untrusted, seal=args.seal)
        for row in result.earlier_interviews:
            _err(
                f"warning: this person was already interviewed on {plain(row.interview_date)} "
                f"(case {plain(row.case_number)}, record {row.record_id})"
            )
        _out(result.interview.record_id)
    return 0


def cmd_interview_list(args: argparse.Namespace) -> int:
    where = records.InterviewFilter(
        status=args.status,
        city=args.city,
        date_from=args.date_from,
        date_to=args.date_to,
        category=args.category,
    )
    with _open(args) as session:
        rows = records.list_interviews(session, limit=args.limit, where=where)
    for row in rows:
        _out(
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
    with _open(args) as session:
        if args.history:
            entries = records.history(session, args.id)
            _out(
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
        _out(
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
    with _open(args) as session:
        for record_id in records.search_interviews(session, args.text, args.limit):
            _out(record_id)
    return 0


def cmd_interview_seal(args: argparse.Namespace) -> int:
    with _open(args) as session:
        saved = records.seal(session, args.id)
    _out(f"Sealed {saved.record_id} (revision {saved.revision}, hash {saved.hash})")
    return 0


def cmd_interview_attach(args: argparse.Namespace) -> int:
    details = Exhibit(type=args.type, description=args.description, provided_by=args.provided_by)
    with _open(args) as session:
        attached = evidence.attach(session, args.id, Path(args.file), details)
    _out(f"Attached exhibit {attached.exhibit_id}")
    _out(f"  sha256: {attached.sha256}")
    _out(f"  size:   {attached.size} bytes")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with _open(args) as session:
        report = verify_profile(session)
    if report.ok:
        _out(
            f"OK: {report.revisions_checked} revisions and {report.audit_entries_checked} audit "
            "entries verified; signatures, hash chains and database integrity are intact."
        )
        return 0
    for problem in report.problems:
        _err(f"FAILED: {problem}")
    return EXIT_ERROR


def cmd_selftest(_args: argparse.Namespace) -> int:
    results = selftest.run()
    for check in results:
        _out(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if all(c.ok for c in results) else EXIT_ERROR


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldkit import app  # noqa: PLC0415 - Qt loads only when the GUI is asked for

    return app.main(["--demo"] if args.demo else [])


# -- parser -----------------------------------------------------------------------


def _passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE (else FIELDKIT_PASSPHRASE, else a prompt)",
    )


def _profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-p",
        "--profile",
        metavar="NAME_OR_ID",
        help="which profile (not needed when there is only one)",
    )
    _passphrase_options(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit", description="FieldKit: encrypted testimony records."
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

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
    _passphrase_options(create)
    create.set_defaults(func=cmd_profile_create)
    listing = profile.add_parser("list", help="list profiles on this computer")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_profile_list)
    passwd = profile.add_parser("passwd", help="change a profile's passphrase")
    _profile_option(passwd)
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.add_argument("--fast-kdf", action="store_true")
    passwd.set_defaults(func=cmd_profile_passwd)
    delete = profile.add_parser("delete", help="destroy a profile and its data")
    _profile_option(delete)
    delete.add_argument("--yes", action="store_true", help="confirm the deletion")
    delete.set_defaults(func=cmd_profile_delete)

    interview = sub.add_parser("interview", help="work with interview records").add_subparsers(
        dest="action", required=True
    )
    i_create = interview.add_parser("create", help="create an interview from a JSON file")
    i_create.add_argument("file")
    i_create.add_argument("--seal", action="store_true", help="seal it at once")
    _profile_option(i_create)
    i_create.set_defaults(func=cmd_interview_create)
    i_list = interview.add_parser("list", help="list interviews")
    _profile_option(i_list)
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
    _profile_option(show)
    show.set_defaults(func=cmd_interview_show)
    i_search = interview.add_parser("search", help="full-text search")
    i_search.add_argument("text")
    i_search.add_argument("--limit", type=int, default=50)
    _profile_option(i_search)
    i_search.set_defaults(func=cmd_interview_search)
    i_seal = interview.add_parser("seal", help="seal an interview (it becomes read-only)")
    i_seal.add_argument("id")
    _profile_option(i_seal)
    i_seal.set_defaults(func=cmd_interview_seal)
    attach = interview.add_parser("attach", help="attach an exhibit file to an interview")
    attach.add_argument("id")
    attach.add_argument("file")
    attach.add_argument("--type", default="other")
    attach.add_argument("--description", default="")
    attach.add_argument("--provided-by", default="")
    _profile_option(attach)
    attach.set_defaults(func=cmd_interview_attach)

    verify = sub.add_parser("verify", help="check every signature and hash chain")
    _profile_option(verify)
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except FieldKitError as exc:
        _err(f"fieldkit: {exc.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("fieldkit: interrupted")
        return 130
    except Exception as exc:
        if os.environ.get("FIELDKIT_DEBUG") == "1":
            raise
        _err(
            f"fieldkit: internal error ({type(exc).__name__}). "
            "Run with FIELDKIT_DEBUG=1 for details."
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
