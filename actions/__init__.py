"""Rasa SDK actions: thin wrappers that pass the conversation to `bot` and send back its messages."""
