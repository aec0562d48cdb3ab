"""Our NLU components against what they replace or guard (bot/rasa/components.py)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.rasa.components import PlaceNameExtractor
from bot.settings import SPACY_MODEL_PATH

# Places as people type them (capitals or not, one or two words, beside other names), and
# messages with no place at all.
TEXTS = (
    "I live in Leeds near Harehills",
    "our group is in Milton Keynes",
    "we are based in Bristol and need help with gift aid",
    "Sheffield",
    "i'm in newcastle upon tyne",
    "Margaret from the Stoke-on-Trent food bank asked about trustees",
    "how do we register as a charity",
    "can we pay volunteers mileage",
    "The church hall in Kings Lynn flooded, who do we call?",
    "near Bradford, West Yorkshire, BD7",
)


@pytest.fixture(scope="module")
def spacy_model() -> SpacyModel:
    return SpacyModel(model=spacy.load(SPACY_MODEL_PATH), model_name=str(SPACY_MODEL_PATH))


def _entities(extractor: Any, model: SpacyModel, text: str) -> list[tuple[Any, ...]]:
    message = Message({TEXT: text})
    extractor.process([message], model)
    return [(e["entity"], e["value"], e["start"], e["end"]) for e in message.get(ENTITIES, [])]


@pytest.mark.parametrize("dimensions", [["GPE"], None])
def test_place_names_are_the_ones_rasas_extractor_finds(spacy_model: SpacyModel, dimensions: list[str] | None) -> None:
    """Running spaCy's recogniser alone (issue 14: it was a tenth of the NLU pipeline's time) must
    not change a single entity: same labels, words and offsets as the whole spaCy pipeline gives."""
    ours = PlaceNameExtractor({"dimensions": dimensions})
    theirs = SpacyEntityExtractor({"dimensions": dimensions})
    found = {text: _entities(ours, spacy_model, text) for text in TEXTS}
    assert found == {text: _entities(theirs, spacy_model, text) for text in TEXTS}
    assert ("GPE", "Leeds", 10, 15) in found["I live in Leeds near Harehills"]  # it does find places
    assert found["how do we register as a charity"] == []
