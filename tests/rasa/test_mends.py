"""The mended action-result validation accepts and refuses exactly what Rasa's own did."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import bot.rasa  # noqa: F401  (installs the mends)
from bot.rasa import mends

GOOD: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "handoff_offered", "value": False}],
        "responses": [{"text": "hi", "custom": {"kind": "answer"}}],
    },
    {"events": [{"event": "followup", "name": "action_listen"}, {"event": "active_loop", "name": None}], "responses": []},
]
BAD: list[dict[str, Any]] = [
    {"events": "not a list", "responses": []},
    {"events": [{"event": "slot", "value": 1}], "responses": []},  # a slot event needs its name
    {"events": [], "responses": ["just text"]},
]


def _action() -> RemoteAction:
    return RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook"))


def test_the_mend_is_in_place() -> None:
    assert RemoteAction._validate_action_result is mends._validate_action_result


@pytest.mark.parametrize("result", GOOD)
def test_valid_replies_pass_as_before(result: dict[str, Any]) -> None:
    action = _action()
    jsonschema.validate(result, action.action_response_format_spec())  # Rasa's own way agrees
    assert action._validate_action_result(result) is True


@pytest.mark.parametrize("result", BAD)
def test_invalid_replies_are_refused_as_before_with_rasas_hint(result: dict[str, Any]) -> None:
    action = _action()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, action.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(result)
