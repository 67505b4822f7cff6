"""The releases a command names: files, folders (standing for the release files inside
them) and ``-`` (standard input), each loaded and validated with its media files read and
checked. What ``validate``, ``build``, ``pack`` and ``send`` share; kept out of ``batch``
so that ``validate`` imports nothing it does not use.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease._log import Log
from pressrelease.errors import InputError

if TYPE_CHECKING:
    from pressrelease.batch.outcome import Job
    from pressrelease.media import Media
    from pressrelease.model import PressRelease

logger = Log(__name__)

RELEASE_SUFFIXES = (".yaml", ".yml", ".json")
"""What a file found in a folder must end with to be taken for a release."""


def release_files(arguments: Sequence[str], skip: Path | None = None) -> list[Path]:
    """The release files named, a folder standing for the release files anywhere inside it
    (hidden files and folders, and the folder ``skip`` (the output folder), left out);
    ``-`` stands for standard input and may be given once."""
    from pressrelease.loading import STDIN

    files: list[Path] = []
    if list(arguments).count(STDIN) > 1:
        raise InputError("- (standard input) can be read only once")
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            files.append(path)
        elif path.is_dir():
            found = _releases_in(path, skip)
            if not found:
                raise InputError(
                    f"{path}: no .yaml, .yml or .json release files in this folder or below it"
                )
            files.extend(found)
        elif not path.exists() and path.suffix.lower() not in RELEASE_SUFFIXES:
            raise InputError(f"{path}: no such file or folder")
        else:
            files.append(path)
    return files


def _releases_in(folder: Path, skip: Path | None) -> list[Path]:
    """Release files in ``folder`` and its sub-folders, in a stable order."""
    import os

    skipped = skip.resolve() if skip is not None and skip.is_dir() else None
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() != skipped
        )
        found.extend(
            here / name
            for name in sorted(names)
            if not name.startswith(".") and Path(name).suffix.lower() in RELEASE_SUFFIXES
        )
    return found


def load_one(source: Path) -> Job:
    """One release file (``-``: standard input), validated, with its media files read and
    checked; an ``InvalidReleaseError`` or ``InputError`` when either cannot be used."""
    from pressrelease.loading import STDIN, load, load_stdin

    from_stdin = str(source) == STDIN
    release = load_stdin() if from_stdin else load(source)
    return source, release, media_of(release, source, "<stdin>" if from_stdin else str(source))


def media_of(release: PressRelease, source: str | Path, name: str) -> Media:
    """The media files of ``release``, read from the folder of ``source`` (its file, or
    ``-``) and checked; which were read, and at what size, is logged."""
    from pressrelease.media import folder_of, read_media

    media = read_media(release, folder_of(source), name)
    if not media.images:
        logger.debug("%s: no logo or photos named", name)
    for image in media.images.values():
        logger.info(
            "%s: media %s read: %s %d×%d, web copy %s %d×%d",
            name,
            image.path,
            image.original.media_type,
            image.original.width,
            image.original.height,
            image.web.media_type,
            image.web.width,
            image.web.height,
        )
    return media
