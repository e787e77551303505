"""The quarantine: every incoming file the importer refused, with its reason, open for inspection.

Nothing that arrived is dropped silently: a refused file stays in the
counterpart's quarantine/ folder beside a reason file, and this page lists them
all. Opening one shows the reason file, what the unencrypted header claims
(never trusted, only shown), the size and digest of the file as it is now, and
its first bytes as hex. Links and pipes are described, never opened.
"""

from __future__ import annotations

import hashlib
import html
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_rfc3339_with_local
from console.exchange.folders import entry_kind
from console.format import MAX_FILE_BYTES, QUARANTINE_REASON_SUFFIX, RejectedFile, peek
from console.i18n import lookup, tr
from console.service import queries
from console.ui.fitting import fit_columns
from console.ui.lazy_model import Column, LazyRowModel

HEX_BYTES = 256
REASON_FILE_LIMIT = 16384


@dataclass(frozen=True)
class QuarantinedFile:
    """What can safely be learnt about one quarantined file, without trusting it."""

    path: Path
    kind: str  # 'file', 'symbolic link', 'named pipe', 'missing', ...
    size: int | None = None
    sha256: str | None = None
    header: str | None = None  # what the unencrypted header claims, or why it does not read
    head_hex: str = ""
    reason_files: tuple[tuple[str, str], ...] = ()  # (name, text)


def _hex_dump(data: bytes) -> str:
    lines = []
    for offset in range(0, len(data), 16):
        chunk = data[offset : offset + 16]
        hex_part = " ".join(f"{b:02x}" for b in chunk)
        text_part = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hex_part:<47}  {text_part}")
    return "\n".join(lines)


def _reason_files(path: Path) -> tuple[tuple[str, str], ...]:
    """The reason file(s) written beside the file: NAME.reason.txt, NAME.reason.txt.2, ..."""
    found = []
    stem = path.name + QUARANTINE_REASON_SUFFIX
    try:
        names = sorted(n for n in os.listdir(path.parent) if n == stem or n.startswith(stem + "."))
    except OSError:
        return ()
    for name in names:
        candidate = path.parent / name
        if entry_kind(candidate) != "file":
            continue
        with open(candidate, "rb") as handle:
            found.append((name, handle.read(REASON_FILE_LIMIT).decode("utf-8", errors="replace")))
    return tuple(found)


def inspect_quarantined(path: Path) -> QuarantinedFile:
    """Look at a quarantined file as far as is safe: regular files only, read once, at most 1 MiB."""
    kind = entry_kind(path)
    reasons = _reason_files(path)
    if kind != "file":
        return QuarantinedFile(path, kind, reason_files=reasons)
    # O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a pipe since the check is not followed or waited on.
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(MAX_FILE_BYTES + 1)
    try:
        outer = peek(data)
        header = f"sender {outer.sender}, message {outer.message_id}, sealed to key {outer.recipient_key_thumbprint}"
    except RejectedFile as exc:
        header = f"does not read as a sealed notice: {exc.message}"
    except Exception as exc:  # noqa: BLE001 - a hostile file may fail in ways peek did not foresee
        header = f"does not read as a sealed notice: {type(exc).__name__}"
    digest = hashlib.sha256(data).hexdigest() if size <= MAX_FILE_BYTES else None
    return QuarantinedFile(path, kind, size, digest, header, _hex_dump(data[:HEX_BYTES]), reasons)


def _columns() -> list[Column]:
    return [
        Column(lambda: tr("Quarantined (UTC)"), lambda r: r["quarantined_at"].replace("T", " "),
               tooltip=lambda r: format_rfc3339_with_local(r["quarantined_at"])),
        Column(lambda: tr("Counterpart"), lambda r: r["counterpart"] or ""),
        Column(lambda: tr("File"), lambda r: r["file_name"]),
        Column(lambda: tr("Reason"), lambda r: r["reason_code"], tooltip=lambda r: r["reason"]),
        Column(lambda: tr("What was wrong"), lambda r: r["reason"]),
    ]


class QuarantineView(QWidget):
    selected = Signal(object)  # row dict or None

    def __init__(self, conn_provider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conn = conn_provider
        self.model = LazyRowModel(_columns(), lambda ids: queries.quarantine_rows(self._conn(), ids), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fit_columns()
        self.model.headerDataChanged.connect(lambda *_: self._fit_columns())  # the language changed
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selected.emit(self.selected_row()))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.empty_hint = QLabel(self)
        self._set_texts()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def _set_texts(self) -> None:
        self.table.setAccessibleName(self.tr("Quarantined files"))
        self.intro.setText(
            self.tr("Files from counterparts that failed a check. They are kept, never deleted: open one to see why."))
        self.empty_hint.setText(self.tr("Nothing in quarantine."))

    def retranslate(self) -> None:
        """The language changed: the page's words and its column titles."""
        self._set_texts()
        self.model.retranslate()

    def _fit_columns(self) -> None:
        """The time, counterpart and reason-code columns as wide as their heads and words; file names
        vary, so theirs starts wide (the reason in full is in the last, stretching column)."""
        fit_columns(self.table, {0: ["2026-12-31 23:59:59Z"], 1: [], 2: [], 3: []}, minimum={1: 90, 2: 260, 3: 130})

    def reload(self) -> None:
        keep = self.selected_row()
        self.model.set_ids(queries.quarantine_ids(self._conn()))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        if keep is not None:
            row = self.model.row_of(keep["id"])
            if row is not None:
                self.table.selectRow(row)

    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None


class QuarantineDetail(QTextBrowser):
    """The inspection of one quarantined file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantineDetail")
        self.setAccessibleName(self.tr("The quarantined file, inspected"))
        self.setOpenLinks(False)
        self._row: dict | None = None

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("The quarantined file, inspected"))
        self.show_row(self._row)

    def show_row(self, row: dict | None) -> None:
        self._row = row
        if row is None:
            select = html.escape(self.tr("Select a quarantined file to inspect it."))
            self.setHtml(f"<p>{select}</p>")
            return
        found = inspect_quarantined(Path(row["path"])) if row["path"] else None
        esc = html.escape
        being_moved = self.tr("(being moved)")
        facts = [
            (self.tr("Counterpart"), esc(row["counterpart"] or "")),
            (self.tr("File"), f"<code>{esc(row['file_name'])}</code>"),
            (self.tr("Reason"), f"<b>{esc(row['reason_code'])}</b>: {esc(row['reason'])}"),
            (self.tr("Quarantined"), esc(format_rfc3339_with_local(row["quarantined_at"]))),
            (self.tr("Kept at"), f"<code>{esc(row['path'] or being_moved)}</code>"),
            (self.tr("SHA-256 when refused"), f"<code>{esc(row['sha256'] or '-')}</code>"),
        ]
        heading = esc(self.tr("Quarantined file"))
        parts = [f"<h3>{heading}</h3><table cellspacing='3'>"]
        parts += [f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{v}</td></tr>" for k, v in facts]
        if found is not None:
            if found.kind != "file":
                now_label = esc(self.tr("Now"))
                not_a_file = esc(self.tr("a %1, not a file: not opened").replace("%1", lookup("FileKind", found.kind)))
                parts.append(f"<tr><th align='left'>{now_label}</th><td>{not_a_file}</td></tr>")
            else:
                unchanged = found.sha256 == row["sha256"]
                size_text = self.tr("%1 bytes").replace("%1", f"{found.size:,}")
                digest_text = (self.tr("unchanged since it was refused") if unchanged
                               else self.tr("now %1").replace("%1", found.sha256 or "-"))
                size_label, digest_label = esc(self.tr("Size")), esc(self.tr("Digest"))
                claims_label = esc(self.tr("Header claims"))
                unauthenticated = esc(self.tr("unauthenticated: for reference only"))
                parts += [
                    f"<tr><th align='left'>{size_label}</th><td>{esc(size_text)}</td></tr>",
                    f"<tr><th align='left'>{digest_label}</th><td>{esc(digest_text)}</td></tr>",
                    f"<tr><th align='left' valign='top'>{claims_label}</th>"
                    f"<td>{esc(found.header or '')}<br><i>{unauthenticated}"
                    "</i></td></tr>",
                ]
        parts.append("</table>")
        if found is not None:
            for name, text in found.reason_files:
                parts.append(f"<h4>{esc(name)}</h4><pre>{esc(text)}</pre>")
            if found.head_hex:
                title = self.tr("First %1 bytes").replace("%1", str(min(HEX_BYTES, found.size or 0)))
                parts.append(f"<h4>{esc(title)}</h4><pre>{esc(found.head_hex)}</pre>")
        self.setHtml("".join(parts))
