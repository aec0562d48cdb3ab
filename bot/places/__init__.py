"""Places: where someone is (postcodes, towns, local authorities) and which LIO serves it.

Modules: `postcode_index` (ONSPD as memory-mapped arrays), `geography` (the gazetteer),
`lios` (the LIO directory and routing), `location_messages` (what the assistant says about a place).
May import: `bot.settings`, `bot.records.db` (the directory's tables) and this package. Never `bot.tooling`.
"""
