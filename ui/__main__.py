import sys

from redactor.ui.app import main

if __name__ == "__main__":  # batch workers re-import the main module; they must not open a window
    sys.exit(main())
