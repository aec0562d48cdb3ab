"""`python -m bot.web`: serve the web app (the launcher starts it this way)."""

from bot.web.app import main

main()
