"""Change events: typed, published only by the core, never heard again by a listener that left."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from console.service import events
from console.service.events import AuditAppended, EventBus, OfficersChanged

UI = Path(__file__).resolve().parents[1] / "console" / "ui"


def _publish_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == "publish")
            or (isinstance(node.func, ast.Name) and node.func.id == "publish")
        )
    ]


def test_the_ui_never_publishes_an_event():
    found = [f"{path.relative_to(UI.parents[1])}:{line}" for path in sorted(UI.rglob("*.py"))
             for line in _publish_calls(path)]
    assert found == [], "the UI publishes change events; the core must, after its commit: " + ", ".join(found)


def test_the_ui_check_finds_a_publish_call(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f(window):\n    window.bus.publish(object())\n", encoding="utf-8")
    assert _publish_calls(sample) == [2]


def test_every_event_is_a_frozen_dataclass_naming_what_it_touched():
    classes = [c for c in vars(events).values()
               if isinstance(c, type) and issubclass(c, events.ChangeEvent) and c is not events.ChangeEvent]
    assert len(classes) >= 10
    for cls in classes:
        assert cls.__dataclass_params__.frozen, cls.__name__
    with pytest.raises(AttributeError):
        OfficersChanged(("dana",)).names = ()  # type: ignore[misc]


def test_the_bus_carries_only_typed_events():
    with pytest.raises(TypeError, match="not a ChangeEvent"):
        EventBus().publish("audit_changed")  # type: ignore[arg-type]


def test_a_listener_that_unsubscribed_is_never_called_again():
    bus = EventBus()
    heard: list[str] = []
    unsubscribe = bus.subscribe(lambda event: heard.append("first"))
    bus.publish(AuditAppended(0, 0))
    unsubscribe()
    bus.publish(AuditAppended(1, 1))
    assert heard == ["first"]


def test_a_listener_unsubscribed_during_a_publish_is_not_called_by_it():
    bus = EventBus()
    heard: list[str] = []
    later: dict = {}

    def first(_event) -> None:
        heard.append("first")
        later["unsubscribe"]()  # e.g. a window closing because of this very event

    bus.subscribe(first)
    later["unsubscribe"] = bus.subscribe(lambda _event: heard.append("second"))
    bus.publish(AuditAppended(0, 0))
    bus.publish(AuditAppended(1, 1))
    assert heard == ["first", "first"]


def test_a_failing_listener_does_not_stop_the_others(caplog):
    bus = EventBus()
    heard = []
    bus.subscribe(lambda _event: 1 / 0)
    bus.subscribe(heard.append)
    bus.publish(AuditAppended(3, 4))
    assert heard == [AuditAppended(3, 4)]
    assert "event listener failed for AuditAppended" in caplog.text
