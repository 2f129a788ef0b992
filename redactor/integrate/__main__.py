"""python -m redactor.integrate install|uninstall|status"""

from redactor.integrate import main

raise SystemExit(main())
