"""The web app: the privacy notice, the demo LIO page with the chat widget, the staff app.

Modules: `app` (the application factory, served by waitress), `widget` (the demo page and the
widget's assets), `staff` (the LIO staff review app), `templates`.
May import: `bot.settings`, `bot.records`, `bot.places`, `bot.answers` and this package. Never `bot.tooling`.
"""
