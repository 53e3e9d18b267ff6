"""``fieldkit org`` (HQ) and ``fieldkit sync`` (laptops and HQ) commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldkit.cli.common import EXIT_ERROR, err, open_session, out, profile_option
from fieldkit.services import sync
from fieldkit.textsafety import plain

Subparsers = argparse._SubParsersAction


def cmd_org_setup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        org = sync.setup_organisation(
            session,
            args.name,
            Path(args.clinical_request),
            Path(args.out),
            inbox_url=args.inbox_url,
        )
    out(f"Organisation {plain(org.org_name)} set up; provisioning file: {args.out}")
    out(f"HQ fingerprint (read it aloud at every laptop): {org.hq_fingerprint}")
    return 0


def cmd_org_provisioning(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        sync.write_provisioning(session, Path(args.out))
    out(f"Wrote {args.out}")
    return 0


def cmd_org_receive(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        request = sync.receive_request(session, Path(args.file))
    out(f"Request from {plain(request['name'])} ({request['role']}, {plain(request['device'])})")
    out(f"  profile id:  {request['profile_id']}")
    out(f"  fingerprint: {request['fingerprint']}")
    out("Compare the fingerprint with the laptop's screen, then: fieldkit org approve PROFILE_ID")
    return 0


def cmd_org_approve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        version = sync.approve(session, args.profile_id)
    out(f"Approved; roster version {version}.")
    return 0


def cmd_org_revoke(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        version = sync.revoke(session, args.profile_id)
    out(f"Revoked; roster version {version}. Its bundles are refused from the next import on.")
    return 0


def cmd_org_devices(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        devices = sync.devices(session)
        pending = sync.pending_requests(session)
        gaps = sync.missing_bundles(session)
    for device in devices:
        out(
            f"{device.profile_id}  {device.status:<8} {device.role:<13} "
            f"{plain(device.name)} ({plain(device.device)})"
        )
        out(f"    fingerprint {device.fingerprint}")
    for request in pending:
        out(f"{request['profile_id']}  pending  {request['role']:<13} {plain(request['name'])}")
        out(f"    fingerprint {request['fingerprint']}")
    for device_name, missing in gaps.items():
        for seq in missing:
            out(f"bundle {seq} missing from laptop {plain(device_name)}")
    return 0


def cmd_org_roster(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.import_file:
            version = sync.import_roster(session, Path(args.import_file))
            out(f"Roster version {version} imported.")
        else:
            sync.write_roster(session, Path(args.out))
            out(f"Wrote {args.out}")
    return 0


def cmd_sync_join(args: argparse.Namespace) -> int:
    info = sync.read_provisioning(Path(args.provisioning))
    out(f"Organisation: {plain(info['org_name'])}")
    out(f"HQ fingerprint: {info['fingerprint']}")
    if not args.yes:
        out("Compare it with HQ aloud; if it matches, repeat with --yes.")
        return EXIT_ERROR
    with open_session(args) as session:
        sync.join(session, Path(args.provisioning), args.device)
        fingerprint = sync.write_request(session, Path(args.request_out), args.device)
    out(f"Joined. Enrollment request written to {args.request_out}; give it to the coordinator.")
    out(f"This profile's fingerprint (read it to the coordinator): {fingerprint}")
    return 0


def cmd_sync_request(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        fingerprint = sync.write_request(session, Path(args.out), args.device)
    out(f"Enrollment request written to {args.out}; fingerprint {fingerprint}")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        status = sync.status(session)
    out(
        f"Not yet safe at HQ: {status.pending_revisions} revisions, "
        f"{status.pending_exhibits} exhibits"
    )
    out(f"Bundles written: {status.bundles_written}; last receipt: {status.last_receipt_at or '-'}")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = sync.export_bundle(session, Path(args.dest))
    out(
        f"Wrote {result.path} (bundle {result.seq}: {result.revisions} revisions, "
        f"{result.exhibits} exhibits, {result.size} bytes)"
    )
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        outcomes = sync.import_bundles(
            session,
            [Path(p) for p in args.paths],
            receipts_dir=Path(args.receipts) if args.receipts else None,
        )
    failed = 0
    for outcome in outcomes:
        label = outcome.status.upper() if outcome.status != "rejected" else "REJECTED"
        reason = f" [{outcome.reason}]" if outcome.reason else ""
        out(f"{label:<9}{reason} {outcome.file.name}: {outcome.message}")
        if outcome.receipt is not None:
            out(f"          receipt: {outcome.receipt}")
        for seq in outcome.missing:
            out(f"          bundle {seq} missing from laptop {plain(outcome.device)}")
        failed += outcome.status == "rejected"
    if not outcomes:
        err("fieldkit: no bundle files found there.")
        return EXIT_ERROR
    return EXIT_ERROR if failed else 0


def cmd_sync_receipt(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        applied = sync.apply_receipt(session, Path(args.file))
    out(
        f"Receipt for bundle {applied.bundle_seq}: {applied.revisions_acknowledged} revisions and "
        f"{applied.exhibits_acknowledged} exhibits are now safe at HQ."
    )
    return 0


def cmd_org_forward(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        written = sync.forward_held(session, Path(args.dest))
    out(f"Copied {len(written)} psychologists' bundles for the clinical lead to {args.dest}.")
    return 0


def cmd_sync_purge(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.policy:
            sync.set_purge_policy(session, args.policy)
        result = sync.purge_now(session)
        out(f"Purge policy: {sync.purge_policy(session)}")
    out(
        f"Purged now: {result.records} records and {result.exhibits} exhibits "
        "(only what HQ acknowledged)."
    )
    return 0


def register(sub: Subparsers) -> None:  # type: ignore[type-arg]
    org = sub.add_parser("org", help="HQ: organisation, devices, roster").add_subparsers(
        dest="action", required=True
    )
    setup = org.add_parser("setup", help="create HQ keys and the provisioning file")
    setup.add_argument("--name", required=True, help="the organisation's name")
    setup.add_argument(
        "--clinical-request",
        required=True,
        metavar="FILE",
        help="the clinical lead's enrollment request",
    )
    setup.add_argument("--out", required=True, metavar="FILE", help="where to write provisioning")
    setup.add_argument("--inbox-url")
    profile_option(setup)
    setup.set_defaults(func=cmd_org_setup)
    prov = org.add_parser("provisioning", help="write the provisioning file again")
    prov.add_argument("--out", required=True)
    profile_option(prov)
    prov.set_defaults(func=cmd_org_provisioning)
    receive = org.add_parser("receive", help="take in a laptop's enrollment request")
    receive.add_argument("file")
    profile_option(receive)
    receive.set_defaults(func=cmd_org_receive)
    for name, func, text in (
        ("approve", cmd_org_approve, "approve a device"),
        ("revoke", cmd_org_revoke, "revoke a device (a lost laptop)"),
    ):
        cmd = org.add_parser(name, help=text)
        cmd.add_argument("profile_id")
        profile_option(cmd)
        cmd.set_defaults(func=func)
    devices = org.add_parser("devices", help="devices, pending requests, missing bundles")
    profile_option(devices)
    devices.set_defaults(func=cmd_org_devices)
    roster = org.add_parser("roster", help="write the signed roster, or import it (clinical lead)")
    group = roster.add_mutually_exclusive_group(required=True)
    group.add_argument("--out")
    group.add_argument("--import", dest="import_file", metavar="FILE")
    profile_option(roster)
    roster.set_defaults(func=cmd_org_roster)
    forward = org.add_parser(
        "forward", help="copy held psychologists' bundles for the clinical lead"
    )
    forward.add_argument("dest")
    profile_option(forward)
    forward.set_defaults(func=cmd_org_forward)

    s = sub.add_parser("sync", help="bundles, receipts and enrollment").add_subparsers(
        dest="action", required=True
    )
    join = s.add_parser("join", help="join an organisation from its provisioning file")
    join.add_argument("provisioning")
    join.add_argument("--device", default="", help="a label for this laptop")
    join.add_argument("--request-out", required=True, metavar="FILE")
    join.add_argument("--yes", action="store_true", help="the HQ fingerprint was compared")
    profile_option(join)
    join.set_defaults(func=cmd_sync_join)
    request = s.add_parser("request", help="write this profile's enrollment request")
    request.add_argument("--out", required=True)
    request.add_argument("--device", default="")
    profile_option(request)
    request.set_defaults(func=cmd_sync_request)
    status = s.add_parser("status", help="what is not yet safe at HQ")
    profile_option(status)
    status.set_defaults(func=cmd_sync_status)
    export = s.add_parser("export", help="write the next bundle (for example to a USB stick)")
    export.add_argument("dest", help="folder to write into")
    profile_option(export)
    export.set_defaults(func=cmd_sync_export)
    imp = s.add_parser("import", help="HQ: import bundle files or whole folders")
    imp.add_argument("paths", nargs="+")
    imp.add_argument("--receipts", metavar="DIR", help="write receipts into DIR")
    profile_option(imp)
    imp.set_defaults(func=cmd_sync_import)
    receipt = s.add_parser("receipt", help="apply a receipt from HQ")
    receipt.add_argument("file")
    profile_option(receipt)
    receipt.set_defaults(func=cmd_sync_receipt)
    purge = s.add_parser("purge", help="show or set the purge policy, and apply it")
    purge.add_argument("--policy", help="off, after_receipt or after_receipt_days:N")
    profile_option(purge)
    purge.set_defaults(func=cmd_sync_purge)
