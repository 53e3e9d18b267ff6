"""The ``fieldkit`` command: the services, headless.

Errors print one line and exit non-zero; tracebacks appear only with
``FIELDKIT_DEBUG=1``. Passphrases come from a prompt, ``--passphrase-file`` or
``FIELDKIT_PASSPHRASE``, never from the command line itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from fieldkit import __version__
from fieldkit.cli import records, sync, transmit
from fieldkit.cli.common import EXIT_ERROR, err
from fieldkit.errors import FieldKitError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit", description="FieldKit: encrypted testimony records."
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    records.register(sub)
    sync.register(sub)
    transmit.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except FieldKitError as exc:
        err(f"fieldkit: {exc.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err("fieldkit: interrupted")
        return 130
    except Exception as exc:
        if os.environ.get("FIELDKIT_DEBUG") == "1":
            raise
        err(
            f"fieldkit: internal error ({type(exc).__name__}). "
            "Run with FIELDKIT_DEBUG=1 for details."
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
