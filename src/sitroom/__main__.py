from __future__ import annotations

import sys

from sitroom.cli import main

sys.exit(main())
