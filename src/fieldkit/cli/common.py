"""Shared pieces of the command line: output, passphrases, choosing a profile."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from fieldkit.errors import FieldKitError
from fieldkit.services import profiles as profile_service
from fieldkit.services.session import Session

EXIT_ERROR = 1
MAX_PASSPHRASE_FILE = 64 * 1024


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def err(line: str) -> None:
    sys.stderr.write(line + "\n")


def read_passphrase_file(path: str) -> str:
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


def passphrase(
    args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Passphrase: "
) -> str:
    if getattr(args, "passphrase_file", None):
        return read_passphrase_file(args.passphrase_file)
    env = os.environ.get("FIELDKIT_PASSPHRASE")
    if env is not None:
        return env
    return ask(prompt, confirm)


def ask(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise FieldKitError(
            "No passphrase given: use a terminal, --passphrase-file or FIELDKIT_PASSPHRASE."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise FieldKitError("The two passphrases differ.")
    return first


def new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return read_passphrase_file(args.new_passphrase_file)
    env = os.environ.get("FIELDKIT_NEW_PASSPHRASE")
    if env is not None:
        return env
    return ask("New passphrase: ", confirm=True)


def params(args: argparse.Namespace) -> profile_service.KdfParams | None:
    return profile_service.KdfParams.floor() if getattr(args, "fast_kdf", False) else None


def open_session(args: argparse.Namespace) -> Session:
    summary = choose_profile(args.profile)
    return profile_service.unlock(summary.id, passphrase(args))


def choose_profile(name: str | None) -> profile_service.ProfileSummary:
    if name:
        return profile_service.find_profile(name)
    found = profile_service.list_profiles()
    if len(found) == 1:
        return found[0]
    if not found:
        raise FieldKitError("There is no profile yet: run `fieldkit profile create` first.")
    raise FieldKitError("There are several profiles: choose one with --profile.")


def passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE (else FIELDKIT_PASSPHRASE, else a prompt)",
    )


def profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-p",
        "--profile",
        metavar="NAME_OR_ID",
        help="which profile (not needed when there is only one)",
    )
    passphrase_options(parser)
