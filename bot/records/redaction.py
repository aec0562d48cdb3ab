"""Removing personal data from a question before it is stored for the staff dashboard.

People type names, phone numbers and addresses into questions ("can our treasurer Sarah Jones,
07700 900123, sign alone?"). The question log feeds a dashboard that staff of every LIO can read,
so what is stored is the question with each piece of personal data replaced by its kind:
"can our treasurer [name], [phone], sign alone?".

Microsoft Presidio's analyzer does the finding (a maintained library, rather than patterns of
our own), on the spaCy model we already ship (its named entities find people's names), plus
recognisers for what Presidio does not know in the UK: postcodes, UK phone numbers in their
usual spellings, National Insurance numbers, sort codes and account numbers, street addresses
and dates of birth. Presidio's anonymizer replaces what was found. Recall is measured on
tests/eval/pii_set.yml by `make bench` and held to a floor by tests/records/test_redaction.py.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, IbanRecognizer, IpRecognizer, SpacyRecognizer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig

from bot.settings import SPACY_MODEL_PATH

# What each kind of personal data becomes in the stored text.
LABELS = {
    "PERSON": "[name]",
    "EMAIL_ADDRESS": "[email]",
    "PHONE_NUMBER": "[phone]",
    "UK_PHONE": "[phone]",
    "UK_POSTCODE": "[postcode]",
    "UK_ADDRESS": "[address]",
    "UK_NINO": "[NI number]",
    "UK_SORT_CODE": "[sort code]",
    "UK_ACCOUNT": "[account number]",
    "UK_NHS": "[NHS number]",
    "DATE_OF_BIRTH": "[date of birth]",
    "CREDIT_CARD": "[card number]",
    "IBAN_CODE": "[account number]",
    "IP_ADDRESS": "[IP address]",
}
MIN_SCORE = 0.35
CASE_SENSITIVE = re.DOTALL | re.MULTILINE  # Presidio's patterns ignore case unless told otherwise

_UK_RECOGNISERS = [
    PatternRecognizer(
        supported_entity="EMAIL_ADDRESS",
        patterns=[Pattern("email", r"(?i)\b[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b", 0.9)],
    ),
    PatternRecognizer(
        supported_entity="UK_POSTCODE",
        patterns=[Pattern("postcode", r"(?i)\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b", 0.85)],
    ),
    PatternRecognizer(
        supported_entity="UK_PHONE",
        patterns=[
            Pattern("mobile", r"(?<![\d])(?:(?:\+|00)44 ?\(?0?\)? ?|\(?0)7\d{3}\)?[ -]?\d{3}[ -]?\d{3}(?!\d)", 0.9),
            Pattern("landline", r"(?<![\d])(?:(?:\+|00)44 ?\(?0?\)? ?|\(?0)[1-3]\d{1,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)", 0.75),
            Pattern("freephone", r"(?<![\d])0(?:800|808|845|870|300)[ -]?\d{3}[ -]?\d{3,4}(?!\d)", 0.5),
        ],
    ),
    PatternRecognizer(
        supported_entity="UK_NINO",
        patterns=[Pattern("nino", r"(?i)\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", 0.9)],
    ),
    PatternRecognizer(
        supported_entity="UK_SORT_CODE",
        patterns=[Pattern("sort code", r"\b\d{2}[- ]\d{2}[- ]\d{2}\b", 0.6), Pattern("bare", r"\b\d{6}\b", 0.1)],
        context=["sort", "code", "sortcode", "bank"],
    ),
    PatternRecognizer(
        supported_entity="UK_ACCOUNT",
        patterns=[Pattern("account", r"\b\d{8}\b", 0.3)],
        context=["account", "acc", "acct", "a/c", "bank", "number", "no"],
    ),
    PatternRecognizer(
        supported_entity="UK_NHS",
        patterns=[Pattern("nhs", r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b", 0.3)],
        context=["nhs", "health", "number"],
    ),
    PatternRecognizer(
        supported_entity="UK_ADDRESS",
        global_regex_flags=CASE_SENSITIVE,
        patterns=[
            Pattern(
                "street",
                r"(?i)\b\d{1,4}[a-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|Crescent|Grove|Place|Terrace|Gardens|Hill|Row|Walk|Mews|Square|Parade|View|Mount|Rise|Green|Park|Vale|Fold|Croft|Bank|Gate|Side|Wharf|Yard|Kingsway|Broadway)\b",
                0.8,
            ),
            Pattern("flat", r"(?i)\bflat \d{1,4}[a-z]?\b", 0.7),
            # A house number and one or two capitalised words before a postcode-like tail or a comma.
            Pattern("numbered", r"\b\d{1,4}[a-z]? [A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?(?=,)", 0.4),
        ],
    ),
    PatternRecognizer(
        supported_entity="CREDIT_CARD",
        patterns=[Pattern("grouped", r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b", 0.6)],
    ),
    PatternRecognizer(
        supported_entity="DATE_OF_BIRTH",
        patterns=[
            # A full date in a year before 2013 is most likely someone's birth date; a later one
            # (a deadline, a meeting) only counts beside "born", "dob"...
            Pattern("numeric, early year", r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19\d{2}|200\d|201[0-2])\b", 0.5),
            Pattern("numeric", r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b", 0.3),
            Pattern("iso, early year", r"\b(?:19\d{2}|200\d|201[0-2])-\d{2}-\d{2}\b", 0.5),
            Pattern(
                "written, early year",
                r"(?i)\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:19\d{2}|200\d|201[0-2])\b",
                0.5,
            ),
            Pattern(
                "written",
                r"(?i)\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b",
                0.3,
            ),
        ],
        # spaCy reads "born" as the verb "bear": both are listed.
        context=["born", "bear", "birth", "dob", "dobs", "birthday", "d.o.b", "aged"],
    ),
    # Names spaCy's small model misses: after a title ("Mrs O'Connor", "Prof Threlfall"), or
    # introduced by "my name is", "I'm", "called", "this is", in any case ("i'm yusuf").
    PatternRecognizer(
        supported_entity="PERSON",
        global_regex_flags=CASE_SENSITIVE,
        patterns=[
            Pattern("title", r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Cllr|Sir|Dame)\.? [A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+)?", 0.7),
        ],
    ),
    PatternRecognizer(
        supported_entity="PERSON",
        patterns=[
            Pattern(
                "introduced",
                r"(?i)(?<=my name is |my names |name is |i am |i'm |im |its |it's |this is |called |named |name: )"
                r"(?!(?:the|a|an|from|new|not|just|so|very|really|looking|trying|writing|running|our|in|on|at|here|there|secretary|treasurer|chair|trustee|volunteer|worried|asking|wondering|calling)\b)"
                r"[a-z][a-z'-]{1,20}(?: (?!and\b|from\b|the\b|i\b|we\b)[a-z][a-z'-]{1,20})?\b",
                0.6,
            ),
        ],
    ),
    # Two capitalised words after a role: "trustee Chloe Adeyemi", "treasurer Nadia Adeyemi".
    PatternRecognizer(
        supported_entity="PERSON",
        global_regex_flags=CASE_SENSITIVE,
        patterns=[
            Pattern(
                "after role",
                r"(?<=trustee |treasurer |chair |chairperson |secretary |volunteer |driver |caretaker |member |winner |prize |client |"
                r"tutor |coach |leader |officer |manager |mum |dad |son |daughter |husband |wife |named |called )"
                r"[A-Z][a-z'-]+(?: [A-Z][a-zA-Z'-]+)?\b",
                0.55,
            ),
        ],
    ),
]
# Words spaCy's small model sometimes takes for a person's name in this domain.
_NOT_NAMES = {
    "gift aid",
    "charity commission",
    "companies house",
    "hmrc",
    "cio",
    "cic",
    "dbs",
    "agm",
    "navca",
    "cvs",
    "trustee",
    "trustees",
    "treasurer",
    "chair",
    "secretary",
    "lottery",
    "the national lottery",
    "sorp",
}


@lru_cache(maxsize=1)
def _engines() -> tuple[AnalyzerEngine, AnonymizerEngine]:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": str(SPACY_MODEL_PATH)}])
    registry = RecognizerRegistry()
    # Presidio's own recognisers that apply in England; its email recogniser is left out because
    # it checks domains against a list it downloads (nothing downloads at run time here).
    presidio_own: list[EntityRecognizer] = [
        SpacyRecognizer(supported_entities=["PERSON"]),
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
    ]
    for recogniser in [*presidio_own, *_UK_RECOGNISERS]:
        registry.add_recognizer(recogniser)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])
    return analyzer, AnonymizerEngine()  # type: ignore[no-untyped-call]  # presidio leaves __init__ unannotated


def redact(text: str) -> str:
    """`text` with each piece of personal data found replaced by its kind, e.g. "[phone]"."""
    if not text.strip():
        return text
    analyzer, anonymizer = _engines()
    found = [
        r
        for r in analyzer.analyze(text=text, language="en", entities=list(LABELS), score_threshold=MIN_SCORE)
        if not (r.entity_type == "PERSON" and text[r.start : r.end].strip().lower() in _NOT_NAMES)
    ]
    if not found:
        return text
    operators = {kind: OperatorConfig("replace", {"new_value": label}) for kind, label in LABELS.items()}
    # Presidio's two packages each declare a RecognizerResult; the anonymiser reads the same fields.
    return anonymizer.anonymize(text=text, analyzer_results=found, operators=operators).text  # type: ignore[arg-type]


def warm_up() -> None:
    """Load spaCy and the recognisers now, not on someone's first question."""
    redact("Warm up for Jane Doe, 07700 900123.")
