"""A scripted watch at two stations, in a fresh interpreter, for the air-gap and leakage tests.

    python -m tests.reliability.session_child WORK_DIR PDF_DIR

An audit hook is installed before anything else is imported and records every socket the
process asks for. Then: two stations meet and verify each other; NRRC-US releases a launch
notification; NRRC-RU imports it, acknowledges it, prints its record and its text to PDF
(into PDF_DIR), opens the record's print preview, and backs up its store; NRRC-US imports the acknowledgement and backs up too.
With a D-Bus session (make test) the store keys live in the real Secret Service.

Prints one line of JSON: the socket operations seen, whether Qt's network module was
imported or loaded, what the session achieved, and the secrets a leak would show (hex),
so the parent can look for them on disk. Secrets go to the pipe only, never to a file.

WATCHDESK_SESSION_PROBE_NETWORK=1 reaches for the network at the end, on purpose, to show
that the recorder sees it. WATCHDESK_SESSION_NO_INET=1 first installs a seccomp filter that kills
the process if anything in it, Python or C, creates an IPv4 or IPv6 socket.
WATCHDESK_SESSION_UNLISTED_HOST=NAME, before that, gives the process the host name NAME, which its
/etc/hosts does not list (tests/reliability/no_inet.py), so any lookup of it would go to DNS.
"""

from __future__ import annotations

import os
import socket
import sys

_socket_events: list[dict] = []
_SOCKET_EVENTS = {
    "socket.__new__", "socket.bind", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
    "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "socket.sendmsg",
    "socket.getservbyname", "socket.getservbyport",
}


def _family_name(family: object) -> str:
    try:
        return socket.AddressFamily(family).name
    except (ValueError, TypeError):
        return str(family)


def _record(event: str, args: tuple) -> None:
    if event not in _SOCKET_EVENTS:
        return
    if event == "socket.__new__":
        seen = {"event": event, "family": _family_name(args[1])}
    elif event in ("socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg"):
        seen = {"event": event, "family": _family_name(args[0].family), "address": repr(args[1])[:200]}
    else:
        seen = {"event": event, "family": "name lookup", "address": repr(args)[:200]}
    _socket_events.append(seen)


if os.environ.get("WATCHDESK_SESSION_UNLISTED_HOST"):
    # First of all, while the process has one thread: a host name only DNS could resolve.
    from tests.reliability.no_inet import use_unlisted_host_name

    use_unlisted_host_name(os.environ["WATCHDESK_SESSION_UNLISTED_HOST"], os.path.dirname(sys.argv[1]))
if os.environ.get("WATCHDESK_SESSION_NO_INET") == "1":
    # Before anything else runs: from here on an IPv4/IPv6 socket, opened by Python or by C code, kills us.
    from tests.reliability.no_inet import forbid_inet_sockets

    forbid_inet_sockets()
sys.addaudithook(_record)

import json  # noqa: E402
import logging  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat  # noqa: E402

MARKER = "OCELOT-MARKER-0042 Barents Sea"


def _private_bytes(station) -> list[bytes]:
    found = []
    for keys in station.keys:
        for key in (keys.signing_key, keys.encryption_key):
            found.append(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
    return found


def run(work: Path, pdf_dir: Path) -> dict:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from console.domain.notices import notice_text
    from console.logsetup import configure_logging
    from console.printing.from_store import record_for
    from console.printing.devices import pdf_writer, print_text_document
    from console.printing.record import render_record_pdf
    from console.service.outgoing import Outgoing
    from console.service.station import Station
    from console.ui.compose.preview import PreviewWindow
    from console.storage import notices as notice_rows
    from console.storage.keysource import EphemeralKeySource, KeyringKeySource
    from tests.exchange.conftest import Clock, carry, import_inbox, introduce, launch_draft

    app = QApplication.instance() or QApplication(["watchdesk-session"])
    use_keyring = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    if use_keyring:
        import keyring
        from keyring.backends import SecretService

        keyring.set_keyring(SecretService.Keyring())
    key_source = KeyringKeySource() if use_keyring else EphemeralKeySource()
    clock = Clock(datetime.now(timezone.utc).replace(microsecond=0))
    # Everything either station logs, at the most talkative level, lands in NRRC-RU's log.
    configure_logging(work / "NRRC-RU", level=logging.DEBUG)
    us, _ = Station.initialise(work / "NRRC-US", "NRRC-US", "US NRRC", key_source, clock=clock)
    ru, _ = Station.initialise(work / "NRRC-RU", "NRRC-RU", "RU NRRC", key_source, clock=clock)
    # Read only to tell the parent what to look for on disk.
    store_keys = [us.store._key, ru.store._key]
    introduce(us, ru)

    draft = launch_draft("NRRC-RU", clock)
    draft["body"]["remarks"] = MARKER
    released = Outgoing(us).release(draft, "alice", approver="bob")
    clock.advance(minutes=2)
    carry(us, ru)
    report = import_inbox(ru, "NRRC-US")
    notice_id = report.outcomes[0].notice_id
    clock.advance(minutes=1)
    Outgoing(ru).acknowledge(notice_id, "ivanov")
    carry(ru, us)
    acked = import_inbox(us, "NRRC-RU")

    stored = notice_rows.by_id(ru.store, notice_id)
    record = record_for(ru, stored["message_id"], "ivanov")
    pages = render_record_pdf(record, pdf_dir / "record.pdf")
    preview = PreviewWindow(record, title="Print preview")
    preview.show()
    app.processEvents()
    preview_pages = preview.page_count()
    preview.close()
    document = QTextDocument()
    document.setPlainText(notice_text(stored.notice))
    print_text_document(document, pdf_writer(pdf_dir / "notice-text.pdf", "A4", "Notice"))

    (ru.data_dir / "backups").mkdir()
    ru.store.backup(ru.data_dir / "backups" / "station-ru.wdb")
    us.store.backup(us.data_dir / "station-us-backup.wdb")
    result = {
        "released": released.exported,
        "imported": [o.outcome for o in report.outcomes],
        "acknowledgement_imported": [o.outcome for o in acked.outcomes],
        "acknowledged_at_sender": notice_rows.by_id(us.store, released.notice.id)["acknowledged_at"] is not None,
        "record_pages": pages,
        "preview_pages": preview_pages,
        "keyring": type(key_source).__name__,
        "secrets": [key.hex() for key in store_keys + _private_bytes(us) + _private_bytes(ru)],
        "store_keys": len(store_keys),
        "marker": MARKER,
    }
    us.close()
    ru.close()
    app.processEvents()
    return result


def _reach_for_the_network() -> None:
    """What the recorder must catch (the tests' proof that it records): a lookup and a TCP connect."""
    try:
        socket.getaddrinfo("watchdesk.invalid", 443)
    except OSError:
        pass
    try:
        socket.create_connection(("192.0.2.1", 9), timeout=0.2).close()  # TEST-NET-1: never routed
    except OSError:
        pass


def main(work: Path, pdf_dir: Path) -> int:
    result = run(work, pdf_dir)
    if os.environ.get("WATCHDESK_SESSION_PROBE_NETWORK") == "1":
        _reach_for_the_network()
    result["sockets"] = _socket_events
    result["qtnetwork_imported"] = sorted(m for m in sys.modules if "QtNetwork" in m)
    with open("/proc/self/maps", encoding="utf-8") as maps:
        libraries = {line.split()[-1] for line in maps if "/" in line}
    result["qtnetwork_loaded"] = sorted(path for path in libraries if "Qt6Network" in path)
    # Qt's own libraries that link libQt6Network without using it for us: Qt Multimedia and its FFmpeg
    # plugin (the alarm), and the PDF image-format plugin PySide6-Addons ships, which Qt loads with
    # the other image plugins when it reads an image of unnamed format.
    result["qtnetwork_dependants_loaded"] = sorted(
        os.path.basename(path) for path in libraries
        if "Qt6Multimedia" in path or os.path.basename(path) in ("libqpdf.so", "libffmpegmediaplugin.so")
    )
    # Qt's CUPS plugin and libcups itself: only an officer's choice of a printer may load them.
    result["cups_loaded"] = sorted(path for path in libraries if "cups" in os.path.basename(path))
    result["host_name"] = socket.gethostname()
    with open("/etc/hosts", encoding="utf-8") as hosts:
        result["hosts_file"] = hosts.read()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
