"""Child process for tests/test_bundle_crash.py: imports one bundle at HQ until it is killed.

Usage::

    python tests/bundle_import_child.py <hq profile id> <passphrase-file> <bundle path>

``FIELDKIT_HOME`` is inherited from the parent. The child unlocks the HQ
profile, prints ``UNLOCKED``, then ``START`` right before it calls
``services.sync.import_bundles``, then ``PROGRESS <done> <total>`` from every
call of the import's progress callback (after each revision and each exhibit
has been checked and written inside the import's one transaction), and, if it
is still alive at the end, ``RESULT <status> <reason or ->``. Every line is
flushed at once, so the parent can kill the child right after any of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fieldkit.services import profiles
from fieldkit.services import sync as sync_service


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    profile_id, passphrase_file, bundle_path = argv[1], Path(argv[2]), Path(argv[3])
    passphrase = passphrase_file.read_text("utf-8").removesuffix("\n")
    session = profiles.unlock(profile_id, passphrase)
    say("UNLOCKED")

    def progress(index: int, files: int, done: int, total: int) -> None:
        del index, files
        say(f"PROGRESS {done} {total}")

    say("START")
    [outcome] = sync_service.import_bundles(session, [bundle_path], progress=progress)
    say(f"RESULT {outcome.status} {outcome.reason or '-'}")
    session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
