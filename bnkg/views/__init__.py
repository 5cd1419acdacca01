"""What a person reads: the story of a graph (:mod:`bnkg.views.story`), its HTML report
(:mod:`bnkg.views.report`) and the explanation of each fact (:mod:`bnkg.views.explain`)."""
