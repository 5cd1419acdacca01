"""What a "word" is, for every module that matches Bengali text against the mappings.

A word is a run of Bengali letters and signs, Latin letters or digits; everything else (spaces,
hyphens, punctuation, quotes, the danda) separates words.  The gazetteer, the lexicons and the
mention matcher all split with :func:`words`, so "কিম জং-উন" in the gazetteer and in an article
become the same three words.
"""

from __future__ import annotations

import re

# U+0980–U+09FF is the Bengali block; the danda (U+0964/5) lives in the Devanagari block, so it is
# a separator here, as are ZWJ/ZWNJ (removed by the reader anyway).
WORD_RE = re.compile(r"[\u0980-\u09FFA-Za-z0-9]+")


def words(text: str) -> tuple[str, ...]:
    """Split ``text`` into words.

    >>> words("চোয়ে সন হুই-এর মধ্যে")
    ('চোয়ে', 'সন', 'হুই', 'এর', 'মধ্যে')
    """
    return tuple(WORD_RE.findall(text))
