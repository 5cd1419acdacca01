"""RDF below everything that knows articles: namespaces (and the actor classes), terms (the canonical
form, Oxigraph conversion), serialisation (formats, deterministic output), N-Quads lines, the IRI
checks, and offline JSON-LD contexts."""
