"""Our parts of the Rasa server: the chat channels that guard it and our NLU components.

Modules: `channels` (REST and socket.io: whole messages, ids, size and rate limits),
`rate_limit` (token buckets), `components` (the length guard and the crisis classifier in config.yml).
May import: `rasa`, `bot.settings`, `bot.answers.crisis`, `bot.records.erasure` and this package.
Never `bot.tooling`.
"""
