"""Print the lowest declared version of every run-time dependency as ``name==version``.

CI installs these pins into a fresh virtualenv (``.ci/run``) and runs the test suite there,
so the lower bounds in pyproject.toml are tested, not guessed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_DEPENDENCIES = re.compile(r"^dependencies = \[(.*?)^\]", re.S | re.M)
_LOWEST = re.compile(r'"([A-Za-z0-9_.\-]+)>=([0-9][^,;"]*)')


def main() -> int:
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    block = _DEPENDENCIES.search(text)
    if block is None:
        print("no dependencies list in pyproject.toml", file=sys.stderr)
        return 1
    for line in block.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = _LOWEST.match(line)
        if match is None:
            print(f"dependency without a lower bound: {line}", file=sys.stderr)
            return 1
        print(f"{match.group(1)}=={match.group(2)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
