"""The console on an air-gapped workstation: it never reaches for the network.

`make test` runs the whole suite in a network namespace with loopback only
(tests/env/with-services.sh); these tests check that, and check a scripted watch
(release, import, acknowledge, print to PDF, print preview, backup) at two levels: Python's audit
hooks record every socket Python code asks for, and a seccomp filter kills the
process if anything, Python or C (Qt, libcups), creates an IPv4 or IPv6 socket.
That filtered run gets a host name that its /etc/hosts does not list, so that a
lookup of this machine's name (libcups makes one) would go to DNS and be caught,
whatever this machine's own /etc/hosts says.
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import socket
import subprocess
import sys

import pytest

from tests.reliability import no_inet
from tests.reliability.conftest import REPO_ROOT, Session, run_session

ALLOWED_FAMILIES = {"AF_UNIX"}


@pytest.fixture(scope="module")
def probed_session(tmp_path_factory) -> Session:
    """The scripted watch, then a deliberate reach for the network at its end."""
    return run_session(tmp_path_factory.mktemp("air-gap-session"), WATCHDESK_SESSION_PROBE_NETWORK="1")


def _split(session: Session) -> tuple[list[dict], list[dict]]:
    """The socket events of the watch itself, and those of the deliberate probe after it."""
    events = session.result["sockets"]
    probe_start = next(
        (i for i, e in enumerate(events) if "watchdesk.invalid" in e.get("address", "")), len(events)
    )
    return events[:probe_start], events[probe_start:]


def test_the_recorder_sees_a_reach_for_the_network(probed_session):
    _watch, probe = _split(probed_session)
    assert {e["event"] for e in probe} >= {"socket.getaddrinfo", "socket.__new__", "socket.connect"}
    assert any(e["family"] == "AF_INET" for e in probe if e["event"] == "socket.connect")


def test_the_watch_opens_no_network_socket_from_python(probed_session):
    watch, _probe = _split(probed_session)
    network = [e for e in watch if e["family"] not in ALLOWED_FAMILIES]
    assert network == [], f"the console reached for the network: {network}"
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # The store keys went through the Secret Service: a local D-Bus socket, which is fine.
        assert probed_session.result["keyring"] == "KeyringKeySource"
        assert any(e["event"] == "socket.connect" and e["family"] == "AF_UNIX" for e in watch)


def test_qt_network_is_never_imported_nor_loaded_but_by_a_qt_library_linked_to_it(probed_session):
    """Nothing of ours uses Qt's network module. Qt Multimedia (the alarm's QSoundEffect), its FFmpeg
    plugin and PySide6-Addons' PDF image-format plugin are linked against libQt6Network, so it is
    mapped once one of them is; that nothing then opens a socket is what the seccomp run proves
    (test_nothing_in_the_process_creates_an_ipv4_or_ipv6_socket_natively)."""
    assert probed_session.result["qtnetwork_imported"] == []
    if probed_session.result["qtnetwork_loaded"]:
        assert probed_session.result["qtnetwork_dependants_loaded"], probed_session.result["qtnetwork_loaded"]


def test_the_watch_never_loads_libcups(probed_session):
    # Printing to PDF and the print preview need no print server: only an officer's choice of a
    # printer may ask CUPS.
    assert probed_session.result["cups_loaded"] == []


def _require_private_cups() -> None:
    if not os.environ.get("CUPS_SERVER", "").startswith("/"):
        # Without a print server socket, libcups falls back to TCP on localhost:631.
        pytest.fail("No private CUPS socket: run the suite with `make test` (tests/env/with-services.sh).")


def _unlisted_host_name() -> str:
    """A fresh host name for a child; it fails or skips (with the reason) if the namespaces are refused."""
    name = f"watchdesk-unlisted-{secrets.token_hex(4)}"
    code = (
        "import os, sys, socket, tempfile\n"
        "from tests.reliability.no_inet import use_unlisted_host_name\n"
        "use_unlisted_host_name(sys.argv[1], tempfile.mkdtemp())\n"
        "print(socket.gethostname())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, name], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=60)
    if proc.returncode != 0:
        reason = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
        if os.getuid() == 0:
            pytest.fail(f"Could not give a child an unlisted host name: {reason}")
        pytest.skip(f"this kernel refuses an unprivileged user namespace ({reason}); run `make test` as root")
    assert proc.stdout.strip() == name
    return name


@pytest.mark.printer
@pytest.mark.skipif(not no_inet.supported(), reason="the seccomp filter is written for Linux on x86-64 and AArch64")
def test_nothing_in_the_process_creates_an_ipv4_or_ipv6_socket_natively(tmp_path):
    _require_private_cups()
    name = _unlisted_host_name()
    session = run_session(tmp_path, WATCHDESK_SESSION_NO_INET="1", WATCHDESK_SESSION_UNLISTED_HOST=name)
    assert session.result["sockets"] is not None  # it ran to the end, under the filter
    assert session.result["host_name"] == name
    assert name not in session.result["hosts_file"]


@pytest.mark.printer
@pytest.mark.skipif(not no_inet.supported(), reason="the seccomp filter is written for Linux on x86-64 and AArch64")
def test_the_filter_catches_libcups_looking_up_an_unlisted_host_name(tmp_path):
    """The check above can fail: asking Qt for a printer's details (libcups fetches its PPD and,
    on the way, looks up the host name) is caught under the same filter and host name."""
    _require_private_cups()
    code = (
        "import sys, tempfile\n"
        "from tests.reliability.no_inet import forbid_inet_sockets, use_unlisted_host_name\n"
        "use_unlisted_host_name(sys.argv[1], tempfile.mkdtemp())\n"
        "forbid_inet_sockets()\n"
        "from PySide6.QtPrintSupport import QPrinterInfo\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['air-gap-check'])\n"
        "print(QPrinterInfo.availablePrinterNames(), flush=True)\n"
        "print([info.printerName() for info in QPrinterInfo.availablePrinters()], flush=True)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, _unlisted_host_name()], cwd=REPO_ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                          timeout=120)
    # The names alone come over the CUPS socket; the printer's details reach for DNS and are stopped.
    assert proc.stdout == "['Watchdesk-Record']\n", proc.stderr[-2000:]
    assert proc.returncode == -signal.SIGSYS


@pytest.mark.skipif(not no_inet.supported(), reason="the seccomp filter is written for Linux on x86-64 and AArch64")
def test_the_filter_kills_a_process_that_creates_an_inet_socket():
    code = (
        "from tests.reliability.no_inet import forbid_inet_sockets\n"
        "import socket\n"
        "forbid_inet_sockets()\n"
        "socket.socket(socket.AF_UNIX).close()\n"
        "print('unix sockets still work', flush=True)\n"
        "socket.socket(socket.AF_INET6)\n"
        "print('not stopped')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout == "unix sockets still work\n"
    assert proc.returncode == -signal.SIGSYS, (
        f"not stopped (exit {proc.returncode}): this libcups no longer looks up the host name for a printer's "
        "details, so this control no longer shows the check catching it"
    )


def test_the_suite_runs_in_the_air_gap():
    state = os.environ.get("WATCHDESK_AIR_GAP")
    if state != "1":
        pytest.skip(
            "not in the air-gap namespace (tests/env/with-services.sh enters it only as root with unshare; "
            f"WATCHDESK_AIR_GAP={state!r})"
        )
    interfaces = sorted(name for _index, name in socket.if_nameindex())
    assert interfaces == ["lo"]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as outward:
        with pytest.raises(OSError) as refused:
            outward.connect(("192.0.2.1", 80))
    assert refused.value.errno == errno.ENETUNREACH
    # Loopback is up: a local listener is reachable.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
