"""What a process builds once from its settings and then shares between messages: the crisis
detector, the answer retriever and the gazetteer (with the postcode index).

Each takes from half a second to tens of seconds to load, too long for someone waiting on a
reply, and each is read-only once loaded, so one process holds one of each. The process's entry
point builds its `Services` (the action server in `actions/`, a benchmark for its run) and hands
it to what needs it; a test builds its own. Loading is lazy, so a process only pays for what it
uses, and `warm_up()` loads everything before the first message.
May import: `bot.settings`, `bot.answers`, `bot.places`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from bot.answers.crisis import CrisisDetector, load_detector
from bot.answers.retrieval import Retriever, load_retriever
from bot.places.geography import Gazetteer
from bot.settings import Settings


@dataclass
class Services:
    settings: Settings

    @cached_property
    def detector(self) -> CrisisDetector:
        return load_detector(self.settings.knowledge_dir)

    @cached_property
    def retriever(self) -> Retriever:
        return load_retriever(self.settings.knowledge_dir)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(self.settings.knowledge_dir)

    def warm_up(self) -> Services:
        """Load everything now (at process start), not on someone's first message."""
        _ = (self.detector, self.gazetteer)
        self.retriever.read("how do we claim gift aid")  # also loads a sentence encoder, if the representation has one
        return self
