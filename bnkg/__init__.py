"""bnkg — Bengali news articles → an RDF knowledge graph of Russia–North Korea relations."""

__version__ = "0.1.0"
