"""Our parts of the Rasa server: the chat channels that guard it and our NLU components.

Modules: `channels` (REST and socket.io: whole messages, ids, size and rate limits),
`rate_limit` (token buckets), `components` (the length guard and the crisis classifier in config.yml),
`mends` (Rasa 3.6's own slow spots and failure modes, mended; applied here, so whenever Rasa loads
our channels or components, which is every Rasa server and every in-process agent of ours),
`rollover` (a new session every SESSION_TURNS messages, one of the mends).
May import: `rasa`, `bot.settings`, `bot.sessions`, `bot.answers.crisis`, `bot.answers.answering` and `bot.places`
(what the Rasa server says itself when the action server is down), `bot.records.erasure` and this
package. Never `bot.tooling`.
"""

from bot.rasa.mends import install as _install_mends

_install_mends()
