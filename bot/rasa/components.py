"""Our components in Rasa's NLU pipeline (config.yml).

`MessageLengthGuard` runs first: it cuts a message to MAX_TOKENS words before spaCy, DIET and the
rest see it. The channels already refuse long messages (bot/rasa/channels.py); this is the second
guard, because the pipeline's memory grows with the square of a message's length (a single
100,000-character message once took the Rasa server from 1.4 GB to 17.4 GB).

`CrisisIntentClassifier` runs last in the pipeline, after DIET and the FallbackClassifier, so its
word is final on every message in every state: a form asking for a postcode, a yes/no question,
a typed choice. When `bot.answers.crisis` fires, the message's intent becomes `emergency` (confidence
1.0) with the route as a `crisis_type` entity, and the rules in data/rules.yml signpost before
anything else happens. When it does not fire, it makes sure DIET's own `emergency` guess (DIET
learns the same paraphrases) never stands alone: such a message goes to the answerer as a
question, because a rule that signposts must always know which route.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.answers.crisis import CHECKED as CRISIS_CHECKED
from bot.answers.crisis import ENTITY as CRISIS_ENTITY
from bot.answers.crisis import INTENT as EMERGENCY_INTENT
from bot.answers.crisis import CrisisDetector, load_detector

QUESTION_INTENT = "ask_question"


MAX_TOKENS = 400  # words; the channels' 2,000-character limit is about 350 words


class Untrained(GraphComponent):
    """A component with nothing to learn: made from its configuration alone."""

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(config)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MessageLengthGuard(Untrained):
    """Cuts every message (in training too) to its first `max_tokens` words."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_tokens": MAX_TOKENS}

    def __init__(self, config: Dict[Text, Any]) -> None:
        super().__init__(config)
        self.max_tokens = int(config.get("max_tokens", MAX_TOKENS))
        self.max_chars = self.max_tokens * 20  # one "word" of 20,000 characters is no better

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and (len(text) > self.max_chars or len(text.split(None, self.max_tokens)) > self.max_tokens):
                message.set(TEXT, " ".join(text[: self.max_chars].split()[: self.max_tokens]))
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisIntentClassifier(Untrained):
    """Sets the `emergency` intent and a `crisis_type` entity when a message describes a crisis."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, config: Dict[Text, Any], detector: Optional[CrisisDetector] = None) -> None:
        super().__init__(config)
        self._detector = detector

    @classmethod
    def load(cls, config: Dict[Text, Any], *args: Any, **kwargs: Any) -> GraphComponent:
        """For serving: the detector loaded with the model, once per process, not on someone's first message.
        Training makes the component with `create` and only passes the training data through, so `rasa train`
        never loads (or, with its inputs changed, fits) the crisis classifier that `make models` fits beside it."""
        return cls(config, load_detector())

    @property
    def detector(self) -> CrisisDetector:
        if self._detector is None:  # made by `create` and then asked to process a message
            self._detector = load_detector()
        return self._detector

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process(message)
        return messages

    def _process(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):  # a button's payload: Rasa reads its intent directly
            return
        detection = self.detector.detect(text)
        message.set(CRISIS_CHECKED, True, add_to_output=True)  # the action server need not check it again
        ranking: List[Dict[Text, Any]] = [
            r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get(INTENT_NAME_KEY) != EMERGENCY_INTENT
        ]
        without_question = [r for r in ranking if r.get(INTENT_NAME_KEY) != QUESTION_INTENT]
        intent: Optional[Dict[Text, Any]] = message.get(INTENT)
        if detection.fired:
            top = {INTENT_NAME_KEY: EMERGENCY_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)
            entities = [e for e in message.get(ENTITIES, []) if e.get("entity") != CRISIS_ENTITY]
            entities.append(
                {
                    "entity": CRISIS_ENTITY,
                    "value": detection.route,
                    "start": 0,
                    "end": len(text),
                    "confidence": round(max(detection.probability, 1.0 if detection.pattern else 0.0), 3),
                    "extractor": type(self).__name__,
                    "also": list(detection.also),  # routes it may well be too (answering.emergency_reply)
                }
            )
            message.set(ENTITIES, entities, add_to_output=True)
        elif intent and intent.get(INTENT_NAME_KEY) == EMERGENCY_INTENT:
            replacement = {INTENT_NAME_KEY: QUESTION_INTENT, PREDICTED_CONFIDENCE_KEY: intent.get(PREDICTED_CONFIDENCE_KEY, 0.0)}
            message.set(INTENT, replacement, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [replacement, *without_question], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False, model_from="SpacyNLP")
class PlaceNameExtractor(SpacyEntityExtractor):
    """Rasa's SpacyEntityExtractor (town and city names), running only spaCy's entity recogniser.

    The parent runs the whole spaCy pipeline again on the message's original case (SpacyNLP's own
    run is lower-cased, which NER cannot use): tagger, parser and lemmatizer too, whose output it
    throws away. In en_core_web_sm the recogniser has its own token-to-vector layer, so running it
    alone finds the same entities in about 60% of the time (issue 14: 4.4 -> 2.6 ms a message).
    Where a model's recogniser listens to the shared `tok2vec`, that one runs as well.
    """

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        nlp = model.model
        tok2vec = nlp.config["components"].get("ner", {}).get("model", {}).get("tok2vec", {})
        needed = {"ner", "tok2vec"} if "Listener" in str(tok2vec.get("@architectures", "")) else {"ner"}
        others = [name for name in nlp.pipe_names if name not in needed]
        for message in messages:
            doc = nlp(message.get(TEXT), disable=others)
            extracted = self.filter_irrelevant_entities(
                self.add_extractor_name(self._extract_entities(doc)), self._config["dimensions"]
            )
            message.set(ENTITIES, message.get(ENTITIES, []) + extracted, add_to_output=True)
        return messages
