"""Entry point of the frozen app: the `redactor` command line (and `gui`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Batch mode uses a process pool; frozen Windows and macOS builds spawn
    # workers by re-running this executable.
    multiprocessing.freeze_support()
    from redactor.cli import main

    sys.exit(main())
