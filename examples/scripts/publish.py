"""Publish a release from a script: load it, change it, render it, pack it, save it.

Uses only the public API (``from pressrelease import …``); ``make lint`` checks this file with
``mypy --strict`` and pyright's strict mode, and ``tests/test_api.py`` runs it.

    python examples/scripts/publish.py examples/microport-mih/release.yaml out/
"""

from __future__ import annotations

import sys
from pathlib import Path

from pressrelease import (
    InlineText,
    InvalidReleaseError,
    Paragraph,
    PressRelease,
    PressReleaseError,
    RenderOptions,
    build_pack,
    dumps,
    load,
    render,
    write_pack,
)


def updated(release: PressRelease) -> PressRelease:
    """The release with a corrected headline and one more paragraph, validated."""
    note = Paragraph(text=InlineText.from_plain("Shares rose 5 * 2 = 10 % [pre-market]."))
    return release.replace(headline=release.headline + " (updated)", body=[*release.body, note])


def main(argv: list[str]) -> int:
    source, out_dir = Path(argv[0]), Path(argv[1])
    try:
        release = updated(load(source))
    except InvalidReleaseError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    try:
        release.replace(headline="")
    except InvalidReleaseError as error:
        print(f"refused as expected: {error}")

    options = RenderOptions(text_width=60, paper="letter")
    wire = render(release, "txt", options).decode("utf-8")
    print(wire.splitlines()[0])

    try:
        pack = build_pack(release, ["txt", "html"], options)
        print(f"pack of {len(pack)} bytes in memory")
        written = write_pack(release, out_dir, ["txt", "html"], options)
    except PressReleaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {written}")

    yaml_file = out_dir / f"{release.slug}.yaml"
    yaml_file.write_text(dumps(release), encoding="utf-8")
    print(f"wrote {yaml_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
