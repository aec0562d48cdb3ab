"""Mends for Rasa 3.6's own slow spots, applied when the Rasa server loads our plug-ins.

**The action server's reply is validated against a schema that is re-checked every time.**
`RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`, which first
checks the (large, constant) event schema against JSON Schema's meta-schema and builds a new
validator, on every custom action call. Measured with `python -m bot profile` and cProfile: about
60 ms of every turn that runs one of our actions went there, more than the answerer itself. Here
the schema is checked once and its validator kept; each reply is still validated in full, with
the same error (and Rasa's own hint appended) when it does not fit. Later Rasa releases keep the
validator too; remove this when the project moves past 3.6.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

_installed = False


@lru_cache(maxsize=4)
def _validator(action_class: Any) -> Any:
    """The validator for an action class's reply schema (a constant of the class), checked once."""
    from jsonschema.validators import validator_for

    schema = action_class.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    """Rasa's method, with the validator built once per action class instead of once per call."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(_validator(self.__class__).iter_errors(result))
    if error is None:
        return True
    assert isinstance(error, ValidationError)
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from the Action "
        f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Apply the mends (once per process)."""
    global _installed
    if _installed:
        return
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _validate_action_result
    _installed = True
