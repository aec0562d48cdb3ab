"""Answers: the curated knowledge, which article fits a question, what to say, and crisis
detection (safety first).

Modules: `knowledge` (articles and triage files), `text` (the plain form models read), `bm25`,
`representations` (how the classifiers see text: n-grams, sentence embeddings or both),
`embeddings` (all-MiniLM-L6-v2 in NumPy), `retrieval` (the three decisions: in scope, needs a
person, which article), `answering` (what to say to one message), `crisis` (the crisis detector),
`model_cache` (fitted models kept in models/).
May import: `bot.settings` and this package. Never `bot.tooling`, the web app or the records.
"""
