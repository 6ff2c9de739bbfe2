"""Allow ``python -m reportview``."""

from reportview.cli import main

raise SystemExit(main())
