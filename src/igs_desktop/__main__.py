"""``python -m igs_desktop``: the same as the ``igs-desktop`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
