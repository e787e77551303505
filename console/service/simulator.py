"""A simulated counterpart station: sends realistic EXERCISE traffic and, unless told not to,
acknowledges ours.

It is a complete station of its own (own store, own keys) that talks to ours only
through the exchange folders, exactly as a real counterpart would: it writes its files into
our inbox, and imports ours from our outbox as its inbox, which moves each file out of it
(into its own processed/ or quarantine/). A script of timed traffic for rehearsals is in
console/service/exercise_script.py.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable
from pathlib import Path

from console.exchange.folders import CounterpartFolders
from console.exchange.importer import ImportReport, Importer
from console.service.outgoing import Outgoing, ReleaseResult
from console.service.station import Station
from console.service.traffic import general_body, launch_body, precedence
from console.domain.times import format_rfc3339
from console.storage.counterparts import CounterpartBook
from console.storage.operators import OperatorBook
from console.storage.notices import latest_sent_launches, received_unacknowledged

log = logging.getLogger(__name__)

SIM_OFFICER = "sim-officer"
SIM_APPROVER = "sim-supervisor"  # the simulated desk keeps the two-person rule too


def _ensure_desk_officers(station: Station) -> None:
    """The simulated desk's releasing officer and approver, on its station's roll: the two-person
    rule takes only officers it can find there. Their PINs are never typed, so they are random."""
    import secrets

    book = OperatorBook(station.store)
    for name, role in ((SIM_OFFICER, "officer"), (SIM_APPROVER, "supervisor")):
        if book.get(name) is None:
            book.add(name, role, f"{secrets.randbelow(10**8):08d}", "system", station.clock())


def _window_start(row: dict) -> str | None:
    body = json.loads(row["notice_json"])["body"]
    return (body.get("content") or body).get("window_start")


class SimulatedCounterpart:
    def __init__(self, station: Station, peer_id: str, peer_outbox: Path, peer_inbox: Path, seed: int | None = None,
                 *, auto_acknowledge: bool = True):
        """`peer_outbox`: where our peer writes files for us; `peer_inbox`: where our files must land.
        `auto_acknowledge`: acknowledge every notice of the peer's that asks for it, as it arrives."""
        self.station = station
        self.peer_id = peer_id
        self.peer_outbox = Path(peer_outbox)
        self.rng = random.Random(seed)
        self.outgoing = Outgoing(station)
        self.auto_acknowledge = auto_acknowledge
        counterpart = CounterpartBook(station.store).require(peer_id)
        # Drop folders both ways: our files for the peer go straight into its inbox, and the peer's
        # outbox is our inbox, which the import empties as a real station's does.
        inbox, outbox = str(self.peer_outbox), str(peer_inbox)
        if (counterpart.inbox_dir, counterpart.outbox_dir) != (inbox, outbox):
            CounterpartBook(station.store).set_folders(peer_id, inbox, outbox, SIM_OFFICER, station.clock())
        self.folders = CounterpartFolders.for_counterpart(station.data_dir, peer_id, inbox, outbox)
        self.folders.ensure()
        _ensure_desk_officers(station)

    def _draft(self, kind: str, body: dict, references: list | None = None, prec: str | None = None) -> dict:
        return {
            "kind": kind,
            "recipient": self.peer_id,
            "precedence": prec or precedence(self.rng),
            "status": "EXERCISE",
            "agreement": CounterpartBook(self.station.store).require(self.peer_id).profile.name,
            "references": references or [],
            "drafted_by": SIM_OFFICER,
            "body": body,
        }

    def latest_launches(self) -> list[dict]:
        """This desk's latest launch notifications (stored rows), the notices its answers refer to."""
        return latest_sent_launches(self.station.store, 5)

    def send_one(self, kind: str | None = None, *, prec: str | None = None, target: dict | None = None
                 ) -> ReleaseResult:
        """Send one notice of `kind` (default: a weighted random choice), of precedence `prec` (default:
        a random one; ROUTINE for a general communication). An amendment, cancellation or post-launch
        report answers `target` (a stored row of a launch notification this desk sent), by default one
        of its latest."""
        earlier = [target] if target is not None else self.latest_launches()
        now = self.station.clock()
        launched = [n for n in earlier if _window_start(n) and _window_start(n) <= format_rfc3339(now)]
        if kind is None:
            choices = ["launch_notification", "general_communication"]
            weights = [6, 2]
            if earlier:
                choices += ["amendment", "cancellation"]
                weights += [2, 1]
            if launched:
                choices.append("post_launch_report")
                weights.append(2)
            kind = self.rng.choices(choices, weights=weights)[0]
        if kind == "post_launch_report" and not launched:
            kind = "general_communication"
        if kind == "post_launch_report" and target is None:
            earlier = launched
        if kind == "launch_notification":
            draft = self._draft(kind, launch_body(self.rng, now), prec=prec)
        elif kind == "general_communication":
            draft = self._draft(kind, general_body(self.rng), prec=prec or "ROUTINE")
        else:
            target = self.rng.choice(earlier)
            ref = [{"message_id": target["message_id"], "sha256": target["sealed_sha256"]}]
            if kind == "amendment":
                content = launch_body(self.rng, now)
                body = {"amended_message_id": target["message_id"], "content": content,
                        "reason": "Launch window postponed."}
            elif kind == "cancellation":
                body = {"cancelled_message_id": target["message_id"], "reason": "The exercise launch is cancelled."}
            else:
                # A report never gives a launch time still to come (the agreement's rules would flag it).
                launched_at = min(_window_start(target) or format_rfc3339(now), format_rfc3339(now))
                body = {"reported_message_id": target["message_id"], "actual_launch_time": launched_at,
                        "remarks": "Launch took place as notified."}
            draft = self._draft(kind, body, ref, prec=prec)
        return self.outgoing.release(draft, SIM_OFFICER, approver=SIM_APPROVER)

    def collect_peer_traffic(self) -> ImportReport:
        """Import the peer's files for us from its outbox, which moves them out of it."""
        importer = Importer(self.station.store, self.station.station_id, self.station.keys, self.station.clock,
                            self.station.data_dir)
        return importer.import_counterpart(CounterpartBook(self.station.store).require(self.peer_id))

    def acknowledge_peer_traffic(self) -> int:
        """Collect the peer's files for us, import them and, when this desk acknowledges automatically,
        acknowledge what needs it. Returns acks sent."""
        self.collect_peer_traffic()
        if not self.auto_acknowledge:
            return 0
        pending = received_unacknowledged(self.station.store)
        for notice_id in pending:
            self.outgoing.acknowledge(notice_id, SIM_OFFICER)
        return len(pending)


class SimulatorThread(threading.Thread):
    """Runs a simulated counterpart at a pace a person can follow, until stopped."""

    def __init__(self, make: Callable[[], SimulatedCounterpart], interval: float = 20.0, first_delay: float = 5.0):
        super().__init__(name="simulated-counterpart", daemon=True)
        self._make = make
        self.interval = interval
        self.first_delay = first_delay
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> None:
        # The simulator's store connection belongs to this thread alone.
        simulator = self._make()
        try:
            if self._stopping.wait(self.first_delay):
                return
            while not self._stopping.is_set():
                try:
                    simulator.acknowledge_peer_traffic()
                    simulator.send_one()
                except Exception:
                    log.exception("the simulated counterpart failed a step")
                self._stopping.wait(self.interval * simulator.rng.uniform(0.6, 1.4))
        finally:
            simulator.station.close()
