"""The lexicon both layers read: reporting verbs (``verbs``), nouns for sources,
roles and documents (``nouns``).

The claim and actor layers keep their own lists for now; unifying them is a later,
measured step.
"""
