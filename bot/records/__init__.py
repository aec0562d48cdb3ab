"""Records: everything the assistant keeps, and how it stops keeping it.

Modules: `db` (tables and sessions), `handoffs`, `question_log`, `redaction` (personal data out of
logged questions), `outbox` (queued emails), `retention` (deletion after the period), `erasure`
("delete my conversation").
May import: `bot.settings`, `bot.background`, `bot.answers` (reply shapes), `bot.places` (LIO
cards), the staff tables in `bot.web.staff.models`, and this package. Never `bot.tooling`.
"""
