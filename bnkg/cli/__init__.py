"""The ``bnkg`` command line: :mod:`bnkg.cli.main` parses and dispatches; one module per command
(``build``, ``validate``, ``reason``, ``query`` + ``queries``, ``load``, ``remove``, ``report``,
``explain``), each with ``add_parser`` and ``run``, over :mod:`bnkg.cli._common` (exit codes,
skip reporting, the options that choose a graph file, store or endpoint).  No library code here."""
