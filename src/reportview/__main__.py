"""Allow ``python -m reportview``.

The guard matters: the analysis worker is started with ``spawn``, which imports the main
module again in the child; without it the child would open a second window.
"""

from reportview.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
