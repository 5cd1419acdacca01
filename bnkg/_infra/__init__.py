"""Machinery every layer may use and that knows nothing of RDF or articles: the process pool,
atomic file writes, and SIGTERM handled like Ctrl-C."""
