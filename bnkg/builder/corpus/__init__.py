"""Many articles: the inputs of a build, the process pool of readers, the in-memory build
(→ an rdflib Dataset), the streaming build (→ N-Quads), the fusion of readings into events, and
adding or removing articles.  The one-article stages are in :mod:`bnkg.builder`."""
