"""Key cards in and out: importing a counterpart's card, verifying it, exporting and printing ours.

Exporting the card and printing it to PDF write and fsync a file, often on a USB stick, so they
run on the window's CoreWorker (the sheet laid out there too, the audit entry on the worker's own
connection). Importing, verifying and rotating write a few rows (about 10 ms) and stay on the
GUI thread.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from console.domain.times import format_utc_with_local
from console.format import KeyCard, KeyCardError
from console.format.keycard import MAX_KEYCARD_BYTES
from console.fsutil import atomic_write
from console.errors import WatchdeskError
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr
from console.printing.devices import write_pdf
from console.printing.layout import RichTextSheet
from console.storage.counterparts import CounterpartBook
from console.ui import dialogs
from console.ui.station_admin.qr import qr_image
from console.ui.station_admin.verification import VerifyKeyDialog
from console.ui.station_admin.watch import require_officer
from console.ui.worker import reported_failure

CARD_FILTER = QT_TRANSLATE_NOOP("KeyCards", "Key cards (*.json *.wdk *.txt);;All files (*)")


def read_card_file(path: Path) -> KeyCard:
    """Load a key card; KeyCardError or OSError say in words what is wrong."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_KEYCARD_BYTES + 1)
    return KeyCard.load(data)


def verify_counterpart(window, counterpart_id: str) -> bool:
    """Open the verification screen; on success release held traffic for import."""
    officer = require_officer(window)
    if officer is None:
        return False
    dialog = VerifyKeyDialog(window.station, counterpart_id, officer, window)
    dialogs.exec_dialog(dialog)
    if not dialog.verified:
        return False
    # Held files are still in the inbox: the CounterpartsChanged the verification published
    # wakes the watcher to import them now rather than at the next rescan (console/ui/arrivals.py).
    window.statusBar().showMessage(
        tr("%1's key is verified. Traffic held from it is being imported.").replace("%1", counterpart_id), 10000
    )
    return True


def import_key_card(window, path: str | None = None) -> str | None:
    """Import a counterpart's key card from a file. Returns the outcome ('added', 'unchanged', 'self_signed',
    'key_changed')."""
    station = window.station
    if path is None:
        path = dialogs.open_file_name(window, tr("Import a counterpart's key card"), lookup("KeyCards", CARD_FILTER))
        if not path:
            return None
    try:
        card = read_card_file(Path(path))
    except KeyCardError as exc:
        dialogs.warn(window, tr("Not a usable key card"),
                   tr("%1 was not imported: %2.").replace("%1", Path(path).name).replace("%2", exc.message))
        return None
    except OSError as exc:
        dialogs.warn(window, tr("Key card not read"),
                   tr("%1 could not be read: %2.").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return None

    book = CounterpartBook(station.store)
    outcome = None
    existing = book.get(card.station_id)
    if existing is not None and existing.card.fingerprint != card.fingerprint:
        question = tr(
            "This card gives %1 a DIFFERENT KEY from the one on record.\n\n"
            "On record: %2\nIn this card: %3\n\n"
            "If you import it, everything from %1 is held unopened until an officer compares the new safety "
            "number with %1 by phone or in person. Import the new key?"
        ).replace("%1", card.station_id).replace("%2", existing.card.fingerprint).replace("%3", card.fingerprint)
        if not dialogs.confirm(window, tr("Key change for %1").replace("%1", card.station_id), question):
            return None
    officer = require_officer(window)
    if officer is None:
        return None
    with dialogs.reported(window, tr("Key card not imported")):
        counterpart, outcome = book.add_card(card, officer, station.station_id, station.clock())
    if outcome is None:
        return None
    if outcome == "unchanged":
        dialogs.inform(window, tr("Key card already on record"),
                     tr("%1's key card is already on record; nothing changed.").replace("%1", card.station_id))
        return outcome
    if outcome == "self_signed":
        dialogs.inform(window, tr("Key card now self-signed"), tr(
            "%1's key card of the same keys now carries a self-signature; it replaced the older card on record. "
            "The safety number and its verification are unchanged.").replace("%1", card.station_id))
        return outcome
    intro = (
        tr("%1 (%2) was added as a counterpart. Its key is NOT VERIFIED yet: nothing is sent to it and "
           "nothing from it is opened until you compare the safety number with its duty officer.")
        if outcome == "added"
        else tr("%1 (%2) has a NEW KEY. Its traffic is held until you compare the new safety number with "
                "its duty officer.")
    ).replace("%1", counterpart.station_id).replace("%2", counterpart.name)
    if dialogs.confirm(window, tr("Verify the key now?"), intro + "\n\n" + tr("Verify the key now?")):
        verify_counterpart(window, counterpart.station_id)
    return outcome


def suggested_card_name(card: KeyCard) -> str:
    return f"{card.station_id}-keycard-{card.fingerprint[:4]}.json"


def export_own_card(window, path: str | None = None) -> None:
    """Write our key card to a file (atomically) in the name of the officer on watch, off the GUI
    thread; the status bar says where it went, a dialog why not."""
    station = window.station
    card = station.own_card()
    if path is None:
        path = dialogs.save_file_name(window, tr("Export our key card"), suggested_card_name(card),
                                      lookup("KeyCards", CARD_FILTER))
        if not path:
            return
    officer = require_officer(window)
    if officer is None:
        return
    target = Path(path)

    def write(store) -> None:
        # A key card is public; readable by others so it can be carried to the counterpart.
        atomic_write(target, card.to_json().encode("utf-8"), mode=0o644)
        store.record(officer, "key_card_exported", {"file": target.name, "fingerprint": card.fingerprint},
                     at=station.clock())

    def written(_result: None) -> None:
        window.statusBar().showMessage(tr("Our key card was written to %1").replace("%1", str(target)), 8000)

    def failed(error: Exception) -> None:
        title = tr("Key card not exported")
        if isinstance(error, OSError) and not isinstance(error, WatchdeskError):  # our own file write
            dialogs.warn(window, title, tr("%1 could not be written: %2.").replace("%1", str(target))
                         .replace("%2", error.strerror or str(error)))
        else:
            reported_failure(window, title)(error)

    window.worker.run(write, written, failed)


def key_card_document(sheet_html: str, card: KeyCard) -> QTextDocument:
    """The printed key-card sheet with the card as a QR code; built on the thread that prints it."""
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("watchdesk:keycard-qr"),
                         qr_image(card.to_json(), module_pixels=6))
    document.setHtml(sheet_html)
    return document


def key_card_html(window) -> str:
    """The key-card sheet's text: station, fingerprint in large type, keys; read on the GUI thread."""
    station = window.station
    card = station.own_card()
    settings = station.settings()
    banner = html.escape(settings["handling_banner"].upper())
    groups = card.fingerprint.split()
    fingerprint = " ".join(groups[:5]) + "<br>" + " ".join(groups[5:])
    trust_note = tr("The counterpart trusts this card only after both duty officers have compared the "
                    "safety number their consoles show, by phone or in person.")
    e = html.escape
    # Each sentence worded outside the f-strings below: lupdate reads an f-string as one string.
    title = e(tr("Key card of %1").replace("%1", card.station_id))
    fingerprint_label, station_label = e(tr("Card fingerprint")), e(tr("Station id"))
    generation_label, created_label = e(tr("Key generation")), e(tr("Keys created"))
    signing_label, encryption_label = e(tr("Signing key (Ed25519)")), e(tr("Encryption key (X25519)"))
    qr_note = e(tr("The QR code holds the whole key card."))
    return (
        "<html><body>"
        f"<p align='center'><b>{banner}</b></p>"
        f"<h1>{title}</h1>"
        f"<p style='font-size:14pt'>{html.escape(card.name)}</p>"
        f"<p>{fingerprint_label}:</p>"
        f"<p style='font-family:monospace; font-size:22pt'><b>{fingerprint}</b></p>"
        "<table cellpadding='3'>"
        f"<tr><td>{station_label}</td><td><b>{html.escape(card.station_id)}</b></td></tr>"
        f"<tr><td>{generation_label}</td><td>{len(station.keys)}</td></tr>"
        f"<tr><td>{created_label}</td>"
        f"<td>{html.escape(format_utc_with_local(card.created))}</td></tr>"
        f"<tr><td>{signing_label}</td><td style='font-family:monospace'>"
        f"{html.escape(card.signing_key['x'])}</td></tr>"
        f"<tr><td>{encryption_label}</td><td style='font-family:monospace'>"
        f"{html.escape(card.encryption_key['x'])}</td></tr>"
        "</table>"
        "<p align='center'><img src='watchdesk:keycard-qr' width='300' height='300'></p>"
        f"<p align='center'>{qr_note}</p>"
        f"<p>{html.escape(trust_note)}</p>"
        f"<p align='center'><b>{banner}</b></p>"
        "</body></html>"
    )


def print_key_card(window, path: str | None = None) -> None:
    """Print our key card to a PDF file off the GUI thread; the status bar says where, a dialog why not."""
    station = window.station
    card = station.own_card()
    if path is None:
        path = dialogs.save_file_name(window, tr("Print our key card to PDF"),
                                    f"{card.station_id}-keycard-{card.fingerprint[:4]}.pdf",
                                    tr("PDF files (*.pdf)"))
        if not path:
            return
    target = Path(path)
    officer = require_officer(window)
    if officer is None:
        return
    title = tr("Key card %1").replace("%1", card.station_id)
    paper, sheet_html = station.settings()["paper"], key_card_html(window)

    def write(store) -> None:
        write_pdf(RichTextSheet(title, paper, key_card_document(sheet_html, card)), target)
        store.record(officer, "key_card_printed", {"file": target.name, "fingerprint": card.fingerprint},
                     at=station.clock())

    window.worker.run(
        write,
        lambda _result: window.statusBar().showMessage(
            tr("Key card sheet written to %1").replace("%1", str(target)), 8000),
        reported_failure(window, tr("Key card not printed")),
    )


def rotate_own_keys(window) -> bool:
    """New key generation after a confirmation; the old keys stay to open traffic sealed to them."""
    station = window.station
    counterparts = [c.station_id for c in CounterpartBook(station.store).all()]
    question = tr(
        "Create a new key generation for %1?\n\n"
        "• Our new key card must be sent to every counterpart (%2); each must compare the new safety number "
        "with us before it trusts our traffic again.\n"
        "• Our old keys are kept: files sealed to them still open here, and notices we sent before still verify.\n"
        "• This cannot be undone."
    ).replace("%1", station.station_id).replace("%2", ", ".join(counterparts) or tr("none yet"))
    if not dialogs.confirm(window, tr("Rotate our keys"), question):
        return False
    officer = require_officer(window)
    if officer is None:
        return False
    card = station.rotate_keys(officer)
    dialogs.inform(window, tr("New keys"), tr(
        "Our new card fingerprint is\n%1\n\nExport or print the new key card and send it to the counterparts."
    ).replace("%1", card.fingerprint))
    return True
