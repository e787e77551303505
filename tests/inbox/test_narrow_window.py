"""At 1280x800 nothing is cut (issue 15, section 6): the inbox's filters wrap instead of forcing the
list wider than the splitter gives it, so the reading pane keeps its room; the status bar gives way
by whole words and keeps the full text as its tooltip. The real main window, offscreen."""

from __future__ import annotations

from PySide6.QtCore import QRect

from console.ui.status_bar import WordElidedLabel, elide_words


def _inside(widget, container) -> bool:
    top_left = widget.mapTo(container, widget.rect().topLeft())
    return container.rect().contains(QRect(top_left, widget.size()))


def test_at_1280_by_800_the_filters_wrap_and_the_reading_pane_keeps_its_room(qtbot, window, us, them, clock):
    window.resize(1280, 800)
    window.show_page("inbox")
    inbox = window.inbox
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        window.reload_all()
    qtbot.waitUntil(lambda: inbox.filter_bar.geometry().width() > 0)

    # The filter bar no longer sets the list's minimum width (it was 777 px, leaving the pane ~293).
    assert inbox.minimumSizeHint().width() < 420
    assert window.inbox_desk.inbox_detail.width() >= 360
    controls = [inbox.search, inbox.sort_combo, inbox.status_filter, inbox.kind_filter, inbox.counterpart_filter,
                inbox.precedence_filter, inbox.since_edit, inbox.until_edit, inbox.clear_button]
    for control in controls:
        assert control.isVisible() and _inside(control, inbox), control.accessibleName()
        # Each shows its words whole: as wide as it asks to be.
        assert control.width() >= control.sizeHint().width() or control is inbox.search, control.accessibleName()
    # They wrap onto more than one line beneath the search box, none overlapping another.
    tops = {control.mapTo(inbox, control.rect().topLeft()).y() for control in controls[1:]}
    assert len(tops) >= 2
    rects = [QRect(c.mapTo(inbox, c.rect().topLeft()), c.size()) for c in controls]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1:])

    # Narrower still (the officer drags the splitter), the bar wraps further and stays whole.
    inbox.resize(380, inbox.height())
    inbox.layout().activate()
    for control in controls[1:]:
        assert _inside(control, inbox), control.accessibleName()


def test_the_status_bar_gives_way_by_whole_words_with_the_full_text_as_tooltip(qtbot, window):
    text = "Exchange: NRRC-RU ok, EXER-RED ok, NRRC-CN no folder yet"
    label = window.status.exchange
    window.status.set_exchange_state(text)
    label.resize(label.fontMetrics().horizontalAdvance("Exchange: NRRC-RU ok,") + 20, label.height())
    shown = label.shown_text()
    assert shown.endswith("…") and text.startswith(shown[:-1])
    assert text[len(shown) - 1] in " ,"  # cut between words, never inside one
    assert label.toolTip() == text and label.text() == text
    label.resize(label.sizeHint())
    assert label.shown_text() == text


def test_eliding_keeps_whole_words(qtbot):
    label = WordElidedLabel("On watch: Maj Petrov")
    metrics = label.fontMetrics()
    assert elide_words("On watch: Maj Petrov", metrics, 10_000) == "On watch: Maj Petrov"
    assert elide_words("On watch: Maj Petrov", metrics, metrics.horizontalAdvance("On watch: Maj…")) == "On watch: Maj…"
    assert elide_words("On watch: Maj Petrov", metrics, metrics.horizontalAdvance("On watch: Ma")) == "On watch…"
