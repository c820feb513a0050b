"""`python -m claimtrack`: the command line (see claimtrack.cli)."""

import sys

from claimtrack.cli import main

if __name__ == "__main__":
    sys.exit(main())
