"""A received notice's free text in the reading pane, and the officer's working translations of it.

Each free-text field (remarks, a reason, a general communication's subject and text) is shown
exactly as received, under the language its sender writes in ("as received, in Russian", or
"language not stated": a setting of the counterpart). Below it, the newest working translation,
marked as such with its translator and time, never in place of the original; and the button
that opens WorkingTranslationDialog: the original, read-only, beside an editor and the language
to translate into (the console's by default). The rules and the record are in
console/service/working_translations.py; a translation is kept with the notice, audited, never sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.i18n import LANGUAGE_NAMES
from console.service.working_translations import (
    FreeTextField,
    WorkingTranslation,
    add_working_translation,
    default_target_language,
    free_text_fields,
    language_label,
    newest_by_field,
    original_caption,
    sender_language,
    translation_caption,
    working_translations,
)
from console.storage.notices import StoredNotice
from console.ui import dialogs

# The widths the two texts start at in the dialog: side by side within a 1280-pixel screen.
_EDITOR_MIN_WIDTH = 320


def _object_key(path: str) -> str:
    """A field's path as a part of an object name: "body.content.remarks" -> "content_remarks"."""
    return path.removeprefix("body.").replace(".", "_")


class WorkingTranslationDialog(QDialog):
    """The original, read-only, beside the officer's translation and the language it is into."""

    def __init__(self, field: FreeTextField, sender_language_code: str | None,
                 newest: WorkingTranslation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workingTranslationDialog")
        self.setWindowTitle(self.tr("Working translation: %1").replace("%1", field.label))

        original_title = QLabel(self.tr("%1, %2").replace("%1", field.label).replace(
            "%2", original_caption(sender_language_code)), self)
        original_title.setWordWrap(True)
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("translationOriginal")
        self.original.setPlainText(field.original)
        self.original.setReadOnly(True)
        self.original.setAccessibleName(self.tr("The original, as received"))
        self.original.setMinimumWidth(_EDITOR_MIN_WIDTH)

        self.language = QComboBox(self)
        self.language.setObjectName("translationLanguage")
        self.language.setAccessibleName(self.tr("Language of the working translation"))
        for code in LANGUAGE_NAMES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(default_target_language()), 0))
        language_title = QLabel(self.tr("Working translation &into:"), self)
        language_title.setBuddy(self.language)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("translationEditor")
        self.editor.setAccessibleName(self.tr("Working translation"))
        self.editor.setMinimumWidth(_EDITOR_MIN_WIDTH)
        if newest is not None:
            # A correction starts from the translation on show; saving keeps both.
            self.editor.setPlainText(newest.text)
            self.language.setCurrentIndex(max(self.language.findData(newest.language), 0))

        note = QLabel(self.tr(
            "The working translation is kept with the notice under your name and is always shown marked as "
            "such. It never replaces the original and is not sent. A correction is saved as a new translation; "
            "earlier ones stay on record."), self)
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_save)
        self._update_save()

        grid = QGridLayout()
        grid.addWidget(original_title, 0, 0)
        grid.addWidget(language_title, 0, 1)
        grid.addWidget(self.language, 0, 2)
        grid.addWidget(self.original, 1, 0)
        grid.addWidget(self.editor, 1, 1, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.editor.setFocus()

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.editor.toPlainText()

    def target_language(self) -> str:
        return self.language.currentData()


class _FreeTextBlock(QWidget):
    """The widgets of one free-text field: its heading, the language it came in, the text as
    received, the newest working translation (when there is one) and the button to add one.
    FreeTextSection fills them for each notice shown."""

    def __init__(self, on_add: Callable[[str], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.path = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.caption = QLabel(self)
        caption_font = QFont(self.caption.font())
        caption_font.setItalic(True)
        self.caption.setFont(caption_font)
        self.original = QLabel(self)
        self.original.setTextFormat(Qt.TextFormat.PlainText)  # exactly as received: no markup is read into it
        self.original.setWordWrap(True)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translation = QFrame(self)
        self.translation.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.translation)
        inner.setContentsMargins(6, 4, 6, 4)
        self.translation_caption = QLabel(self.translation)
        self.translation_caption.setWordWrap(True)
        self.translation_caption.setFont(caption_font)
        self.translation_text = QLabel(self.translation)
        self.translation_text.setTextFormat(Qt.TextFormat.PlainText)
        self.translation_text.setWordWrap(True)
        self.translation_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.translation_caption)
        inner.addWidget(self.translation_text)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda _checked=False: on_add(self.path))
        for widget in (self.heading, self.caption, self.original, self.translation):
            column.addWidget(widget)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def name_widgets(self, key: str | None) -> None:
        """Object names after the field's path; none while the block (or its translation) is hidden,
        so that a name finds only what is on show."""
        named = key is not None
        translated = named and not self.translation.isHidden()
        for widget, prefix, shown in (
            (self.heading, "freeTextHeading", named), (self.caption, "freeTextLanguage", named),
            (self.original, "freeTextOriginal", named), (self.translation, "freeTextTranslation", translated),
            (self.translation_caption, "freeTextTranslationCaption", translated),
            (self.translation_text, "freeTextTranslationText", translated),
            (self.add_button, "addWorkingTranslation", named),
        ):
            widget.setObjectName(f"{prefix}_{key}" if shown else "")


class FreeTextSection(QWidget):
    """The free-text fields of the received notice on show, each as received and translated.

    Each field's widgets are made once and filled again for the next notice shown: a selection made
    and deleted some twenty widgets, and PySide6 6.11.3 keeps references to None for every one."""

    def __init__(self, station, officer: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingFreeText")
        self.station = station
        self.officer = officer
        self.stored: StoredNotice | None = None
        self.fields: list[FreeTextField] = []
        self.add_buttons: dict[str, QPushButton] = {}
        self._blocks: list[_FreeTextBlock] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    def show_notice(self, stored: StoredNotice | None) -> list[str]:
        """Show this notice's free text (received notices only); the paths of the fields shown."""
        self.stored = stored
        self.add_buttons = {}
        self.fields = [] if stored is None or stored["direction"] != "in" else free_text_fields(stored.notice)
        language = sender_language(self.station, stored["counterpart"]) if self.fields else None
        newest = newest_by_field(working_translations(self.station, stored.id)) if self.fields else {}
        while len(self._blocks) < len(self.fields):
            block = _FreeTextBlock(self.add_translation, self)
            self._layout.addWidget(block)
            self._blocks.append(block)
        for at, block in enumerate(self._blocks):
            if at < len(self.fields):
                self._fill(block, self.fields[at], language, newest.get(self.fields[at].path))
                self.add_buttons[block.path] = block.add_button
            else:
                block.hide()
                block.name_widgets(None)
        self.setVisible(bool(self.fields))
        return [field.path for field in self.fields]

    def _fill(self, block: _FreeTextBlock, field: FreeTextField, language: str | None,
              translation: WorkingTranslation | None) -> None:
        block.path = field.path
        block.heading.setText(field.label)
        block.caption.setText(original_caption(language))
        block.original.setText(field.original)
        block.original.setAccessibleName(self.tr("%1 as received").replace("%1", field.label))
        block.translation.setHidden(translation is None)
        if translation is not None:
            block.translation_caption.setText(translation_caption(translation))
            block.translation_text.setText(translation.text)
        block.add_button.setText(self.tr("Add working translation…"))
        block.add_button.setToolTip(self.tr("Translate the %1 for this desk; the original stays as received").replace(
            "%1", field.label))
        block.name_widgets(_object_key(field.path))
        block.show()

    def add_translation(self, path: str) -> bool:
        """Ask for a working translation of one field and keep it; False when none was kept."""
        stored = self.stored
        field = next((f for f in self.fields if f.path == path), None)
        if stored is None or field is None:
            return False
        officer = self.officer()
        if not officer:
            dialogs.warn(self, self.tr("No working translation"), self.tr(
                "No officer is on watch. A working translation names the officer who made it: take the watch "
                "first (Station → Start of watch…)."))
            return False
        newest = newest_by_field(working_translations(self.station, stored.id)).get(path)
        dialog = WorkingTranslationDialog(field, sender_language(self.station, stored["counterpart"]), newest, self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        with dialogs.reported(self, self.tr("The working translation was not kept")):
            add_working_translation(self.station, stored.id, field=path, language=dialog.target_language(),
                                    text=dialog.text(), translator=officer)
            self.show_notice(stored)
            return True
        return False
