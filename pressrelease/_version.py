"""The package version, in a module of its own so any layer can read it without importing
the package root (whose lazy public API would pull in the pipeline)."""

__version__ = "0.1.0"
