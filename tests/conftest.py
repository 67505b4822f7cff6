"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest

from pressrelease.loading import load
from pressrelease.model import PressRelease
from tests.helpers import EXAMPLE


@pytest.fixture(scope="session")
def example_release() -> PressRelease:
    """The MicroPort release, loaded from examples/."""
    return load(EXAMPLE)
