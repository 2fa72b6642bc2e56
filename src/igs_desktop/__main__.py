"""``python -m igs_desktop`` and the PyInstaller bundle: the same as the ``igs-desktop`` command.

The import is absolute so that PyInstaller, which runs this file as a script, finds it too.
"""

import sys

from igs_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
