"""``python -m bnkg.cli …``: the same as the ``bnkg`` command."""

import sys

from bnkg.cli.main import main

sys.exit(main())
