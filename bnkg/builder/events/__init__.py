"""Sentences + mentions + dates → Visit, Meeting, Agreement and Claim records.

Rules read one sentence at a time, with a little memory of the article (the last meeting's
participants for "দুই নেতা", the last event's date for "ওই সময়").  Each rule is small and named;
its name goes into the evidence (``bnkg:rule``) so a user can see why a fact exists.

Word order in Bengali news is mostly subject–object–verb, with the speaker often moved after the
verb ("… বলে জানিয়েছেন রুশ মুখপাত্র পেসকভ"), so the rules look at case endings (read off by
:mod:`bnkg.builder.mentions`) more than at positions.

One module per rule family — :mod:`.visits`, :mod:`.meetings`, :mod:`.agreements`, :mod:`.claims`,
:mod:`.accusations` — over the shared :mod:`._common`; :mod:`.extractor` reads an article through
them all.
"""

from bnkg.builder.events.agreements import merge_agreements
from bnkg.builder.events.claims import merge_claims
from bnkg.builder.events.extractor import EventExtractor
from bnkg.builder.events.meetings import merge_meetings
from bnkg.builder.events.visits import merge_visits

__all__ = ["EventExtractor", "merge_agreements", "merge_claims", "merge_meetings", "merge_visits"]
