"""Alembic migrations of the tables in `bot.records.tables`, one file per schema change in `versions/`."""
