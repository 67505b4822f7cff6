"""python -m pressrelease."""

import sys

from pressrelease.cli import main

sys.exit(main())
