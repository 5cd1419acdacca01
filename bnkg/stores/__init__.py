"""Where a graph lives besides a file: the embedded Oxigraph store (:mod:`bnkg.stores.embedded`,
with :class:`~bnkg.stores.embedded.StoreSink` for ``bnkg build --store``) and remote SPARQL 1.1
endpoints (:mod:`bnkg.stores.remote`)."""
