import sys

from redactor.ui.app import main

sys.exit(main())
