"""The lexicon both layers read: reporting verbs (``verbs``), nouns for sources,
roles and documents (``nouns``), and the words around names (``names``).

One list per concept: the actor layer reads the claim layer's reporting verbs
(``verbs.SOURCE_VERBS``) and document nouns (``nouns.DOCUMENT_NOUNS``).
"""
