"""The package's version, in one place: ``pyproject.toml`` reads it from here, and so does every module
that prints it (the CLI's ``--version``, the report's footer) without importing the public API above
them."""

__version__ = "0.1.0"
