"""dramatis' terminal reader (Textual). No NLP here: everything comes from ``core``."""
