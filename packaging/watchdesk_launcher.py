"""Entry point of the PyInstaller bundle: the same `watchdesk` command a pip install gives."""

import sys

from console.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
