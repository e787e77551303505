"""The agreement profile editor keeps what its form does not show: a profile with its own outlines of
the named launch areas keeps them when the officer saves another change (it used to fall back to the
built-in outlines, so the map drew the seas the agreement had redrawn)."""

from __future__ import annotations

from dataclasses import replace

from console.domain.areas import KNOWN_SEA_EXTENTS, Polygon
from console.domain.coordinates import Point
from console.storage.counterparts import CounterpartBook
from console.ui.station_admin.profile_editor import AgreementProfileDialog
from tests.admin.conftest import SUPERVISOR
from tests.exchange.conftest import introduce

# The agreement's own outline of the Gulf of Bothnia, a sea the built-in outlines do not have.
BOTHNIA = Polygon((Point(60.5, 17.0), Point(60.5, 22.0), Point(65.8, 25.5), Point(65.8, 21.0), Point(60.5, 17.0)))


def test_saving_a_profile_keeps_its_own_outlines_of_the_named_areas(qtbot, window, us, them, script, clock):
    introduce(us, them)
    book = CounterpartBook(us.store)
    profile = book.require("NRRC-RU").profile
    outlines = {"Gulf of Bothnia": BOTHNIA}
    book.set_profile("NRRC-RU", replace(profile, named_areas=outlines), SUPERVISOR, clock())
    assert book.require("NRRC-RU").profile.named_areas == outlines
    window.reload_all()
    window.set_officer(SUPERVISOR)

    def change_the_banner(dialog: AgreementProfileDialog) -> None:
        dialog.banner.setText("RESTRICTED")
        dialog.save_button.click()

    script.then(change_the_banner)
    assert window.pages["counterparts"].widget.edit_profile()
    saved = CounterpartBook(us.store).require("NRRC-RU").profile
    assert saved.handling_banner == "RESTRICTED"  # the change was saved ...
    assert saved.named_areas == outlines  # ... and the outlines are the agreement's, not the built-in ones
    assert saved.named_areas != KNOWN_SEA_EXTENTS
