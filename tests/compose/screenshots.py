"""The compose window screenshots for the docs: ``python -m tests.compose.screenshots``.

A launch notification with two impact areas and one rule failing (short notice), typed
into a real compose window on a real pair of stations, grabbed offscreen to
docs/screenshots/compose-launch.png. Then, in Russian and in Chinese, the same notice in a
compose window at 1280x800 (compose-ru.png, compose-zh_CN.png) and the release dialog it opens,
released despite the warning with the reason given (release-ru.png, release-zh_CN.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from console.domain.notices import Kind  # noqa: E402
from console.ui.compose.entry import empty_area, empty_state  # noqa: E402
from console.ui.compose.window import ComposeWindow  # noqa: E402
from tests.exchange.conftest import Clock, introduce, make_station  # noqa: E402
from tests.support.in_language import TRANSLATED, in_language  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "compose-launch.png"
SIZE = (1400, 1200)
SCREEN = (1280, 800)  # the translated pictures: the workstation's screen
# What the officer types as the reason for releasing despite the warning, in their own language.
OVERRIDE_REASONS = {"ru": "Окно учений согласовано с партнёром по телефону.", "zh_CN": "演习窗口已与对方电话商定。"}


def launch_state(now: datetime | None = None) -> dict:
    """Two impact areas, the window opening in 16 h: the 24 h lead-time rule fails. The window is
    on 29 Nov 2026 (16 h after the screenshots' clock), or 16 h after `now` for a station on the
    real clock (a window already past is an error, and the release dialog would never open)."""
    state = empty_state(Kind.LAUNCH_NOTIFICATION, recipient="NRRC-RU", precedence="IMMEDIATE", status="EXERCISE",
                        agreement="US-USSR BMLNA 1988", drafted_by="alice")
    launch = state["launch"]
    start, end = "2026-11-29 04:00Z", "291000Z NOV 26"
    if now is not None:
        opens = now.astimezone(timezone.utc).replace(second=0, microsecond=0) + timedelta(hours=16)
        start, end = f"{opens:%Y-%m-%d %H:%M}Z", f"{opens + timedelta(hours=6):%Y-%m-%d %H:%M}Z"
    launch.update(vehicle_category="ICBM", vehicle_count="1", window_start=start,
                  window_end=end, planned_direction="east-north-east",
                  remarks="Exercise ZEBRA-7731. Reentry vehicle impacts in the Kura test range.")
    launch["launch_area"] = {**empty_area("circle"), "centre": "62-55.00N 040-35.00E", "radius": "20", "unit": "km"}
    launch["impact_areas"] = [
        {**empty_area("polygon"),
         "points": "5700N16000E\n57-00.00N 163-00.00E\n550000N1630000E\n55°00'N 160°00'E\n5700N16000E"},
        {**empty_area("circle"), "centre": "30.0, 175.5", "radius": "60", "unit": "NM"},
    ]
    return state


def compose_launch(station, parent=None) -> ComposeWindow:
    compose = ComposeWindow(station, lambda: "alice", launch_state(), parent=parent)
    compose.resize(*SIZE)
    compose.form.reveal_missing = True
    compose.show()
    compose.recheck()
    return compose


def grab(compose: ComposeWindow, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    compose.grab().save(str(path))


def compose_and_release_in(language: str) -> None:
    """compose-<language>.png and release-<language>.png: the notice typed in, then Release with the
    override ticked and its reason written, Sam Avery on watch and Lee Morgan to approve."""
    from console.storage.operators import OperatorBook
    from console.ui import dialogs

    app = QApplication.instance()
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    with in_language(language), tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US Nuclear Risk Reduction Center", clock)
        them = make_station(Path(tmp), "NRRC-RU", "RU National Nuclear Risk Reduction Center", clock)
        introduce(us, them)
        OperatorBook(us.store).add("Sam Avery", "officer", "246813", "system", clock())
        OperatorBook(us.store).add("Lee Morgan", "supervisor", "310588", "system", clock())
        compose = ComposeWindow(us, lambda: "Sam Avery", launch_state())
        compose.resize(*SCREEN)
        compose.form.reveal_missing = True
        compose.show()
        compose.recheck()
        compose.override_check.setChecked(True)
        compose.override_reason.setText(OVERRIDE_REASONS[language])
        grab(compose, OUT.with_name(f"compose-{language}.png"))

        shown = []

        def grab_release(dialog: QDialog) -> int:
            dialog.show()
            grab(dialog, OUT.with_name(f"release-{language}.png"))
            shown.append(dialog)
            dialog.reject()
            return QDialog.DialogCode.Rejected

        real_exec = dialogs.exec_dialog
        dialogs.exec_dialog = grab_release
        try:
            compose.release()
        finally:
            dialogs.exec_dialog = real_exec
        if not shown:
            raise SystemExit(f"the release dialog did not open in {language}: {compose.result_label.text()}")
        compose.discard()
        app.processEvents()
        us.close()
        them.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    with tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US Nuclear Risk Reduction Center", clock)
        them = make_station(Path(tmp), "NRRC-RU", "RU National Nuclear Risk Reduction Center", clock)
        introduce(us, them)
        compose = compose_launch(us)
        grab(compose, OUT)
        compose.discard()
        app.processEvents()
        us.close()
        them.close()
    for language in TRANSLATED:
        compose_and_release_in(language)
    print(f"screenshots written to {OUT.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
