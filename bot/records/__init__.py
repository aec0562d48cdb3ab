"""Records: everything the assistant keeps, and how it stops keeping it.

Modules: `tables` (every table), `db` (engine, sessions, `upgrade` to the newest schema),
`migrations/` (Alembic: the schema's history), `audit` (the staff audit log), `handoffs`,
`question_log` (and the handoff form's steps), `feedback` ("did this help?" ratings), `redaction`
(personal data out of logged questions), `outbox` (queued emails), `working_time` (UK office hours
and working days), `overdue` (response targets and the daily overdue digest), `retention` (deletion
after the period), `erasure` ("delete my conversation").
May import: `bot.settings`, `bot.background`, `bot.answers` (reply shapes), `bot.places` (LIO
cards) and this package. Never `bot.tooling`.
"""
