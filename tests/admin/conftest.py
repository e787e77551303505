"""Two real stations joined by real folders (they do not know each other yet), our console's main
window on one of them with nobody on watch, and a script that answers the station-admin dialogs
instead of an officer (tests/support)."""

from __future__ import annotations

import pytest

from console.format import safety_number
from tests.support.dialogs import DialogScript
from tests.support.stations import clock, station_pair_fixtures  # noqa: F401 - clock is a fixture

SUPERVISOR, SUPERVISOR_PIN = "Lee Morgan", "310588"
OFFICER, OFFICER_PIN = "Sam Avery", "246813"

us, them, window = station_pair_fixtures(
    officers={SUPERVISOR: ("supervisor", SUPERVISOR_PIN), OFFICER: ("officer", OFFICER_PIN)}, introduced=False
)


@pytest.fixture
def script(monkeypatch):
    return DialogScript(monkeypatch)


def sign_in(dialog, name: str, pin: str) -> None:
    """Step for a CredentialsDialog: choose the officer, type the PIN, press the accept button."""
    dialog.choose(name, pin)
    dialog.accept_button.click()


def their_number(own, other) -> str:
    """The safety number the other station's console shows for `own`: what its officer reads out."""
    return safety_number(other.own_card(), own.own_card())
