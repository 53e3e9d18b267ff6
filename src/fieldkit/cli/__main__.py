"""``python -m fieldkit.cli``."""

import sys

from fieldkit.cli import main

sys.exit(main())
