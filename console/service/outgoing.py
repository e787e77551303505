"""Releasing notices: rules, two-person approval, sealing, sequence numbers, export.

Release happens in one transaction: the channel's next sequence number is
allocated, the notice sealed and stored, the draft removed and the audit entry
written. Export to the outbox follows; if it fails (media removed, disk full)
the notice stays released and `export_pending` writes it later. Nothing is
sealed twice and no sequence number is reused.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.domain.errors import NoticeFormatError
from console.domain.notices import Kind, Notice, new_message_id
from console.domain.rules import Finding, Severity, check_notice
from console.domain.times import format_rfc3339
from console.errors import WatchdeskError
from console.exchange.exporter import ExportError, export_sealed
from console.exchange.folders import CounterpartFolders
from console.format import seal, sealed_file_name, sha256_hex
from console.i18n import tr
from console.service.events import NoticeAcknowledged, NoticesChangedState
from console.service.station import settings_of
from console.storage import drafts as draft_rows
from console.storage import notices as notice_rows
from console.storage.counterparts import Counterpart, CounterpartBook
from console.storage.notices import StoredNotice
from console.storage.operators import OperatorBook, pairing_problem
from console.storage.store import Store

log = logging.getLogger(__name__)


class ReleaseRefused(WatchdeskError):
    """The notice was not released. `findings` lists the rule problems, if any."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


@dataclass(frozen=True)
class ReleaseResult:
    notice: StoredNotice
    exported: bool
    export_error: str | None = None


class Outgoing:
    def __init__(self, station, store: Store | None = None) -> None:
        """`store`: a connection of this thread's own, when not on the station's thread."""
        self.station = station
        self._store = store

    @property
    def store(self) -> Store:
        return self._store or self.station.store

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.station.clock

    def folders(self, counterpart: Counterpart) -> CounterpartFolders:
        return CounterpartFolders.for_counterpart(
            self.station.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
        )

    # ---- release ---------------------------------------------------------------

    def check(self, draft: dict[str, Any]) -> list[Finding]:
        counterpart = self._recipient(draft)
        profile = counterpart.profile if counterpart else self.station.default_profile()
        return check_notice(self._stamped_preview(draft), profile, self.clock())

    def _recipient(self, draft: dict[str, Any]) -> Counterpart | None:
        recipient = draft.get("recipient")
        # A draft read from a file may name anything there; only a text can be a counterpart's id.
        return CounterpartBook(self.store).get(recipient) if isinstance(recipient, str) and recipient else None

    def wire_problem(self, draft: dict[str, Any], released_by: str) -> NoticeFormatError | None:
        """What keeps `draft`, stamped as it would be sealed now, from being a notice at all (a member
        of the wrong type or not in the wire schema), or None. `check` names what the agreement asks."""
        try:
            Notice.from_dict({**self._stamped_preview(draft), "released_by": released_by})
        except NoticeFormatError as exc:
            return exc
        return None

    def _stamped_preview(self, draft: dict[str, Any]) -> dict[str, Any]:
        """The draft as it would be sealed now, for checking and preview (no number allocated)."""
        data = copy.deepcopy(draft)
        data.setdefault("format_version", 1)
        data.setdefault("message_id", new_message_id())
        data.setdefault("sender", self.station.station_id)
        data.setdefault("sequence", 1)
        data["dtg"] = format_rfc3339(self.clock())
        return data

    def release_refusal(self, draft: dict[str, Any], officer: str, approver: str | None) -> ReleaseRefused | None:
        """Why `officer` (with `approver`) may not release `draft` whatever it says, or None: its recipient
        is not a verified counterpart, or the pair does not pass the two-person rule. The command line
        asks before any PIN is typed; `release` asks again."""
        recipient = draft.get("recipient")
        counterpart = self._recipient(draft)
        if counterpart is None:
            if not recipient:
                return ReleaseRefused(tr("No recipient is not a counterpart of this station."))
            return ReleaseRefused(tr("{recipient} is not a counterpart of this station.").format(recipient=recipient))
        if not counterpart.verified:
            return ReleaseRefused(
                tr("{recipient}'s key is not verified. Compare the safety number with {recipient} and verify the key "
                   "before sending to it.").format(recipient=recipient)
            )
        # Settings through this thread's own connection: release may run on a worker.
        settings = settings_of(self.store)
        if settings["two_person_rule"] and draft.get("kind") not in (Kind.ACKNOWLEDGEMENT, Kind.ERROR):
            problem = pairing_problem(OperatorBook(self.store), officer, approver, settings["two_person_pairing"])
            if problem:
                return ReleaseRefused(tr("The two-person rule is on: {problem} this release.").format(problem=problem))
        return None

    def release(
        self,
        draft: dict[str, Any],
        officer: str,
        *,
        approver: str | None = None,
        override_reason: str | None = None,
        draft_id: int | None = None,
    ) -> ReleaseResult:
        """Seal `draft` (the wire dict without sequence/dtg/released_by) and send it."""
        now = self.clock()
        refused = self.release_refusal(draft, officer, approver)
        if refused is not None:
            raise refused
        counterpart = CounterpartBook(self.store).require(draft["recipient"])

        findings = check_notice(self._stamped_preview(draft), counterpart.profile, now)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors:
            raise ReleaseRefused(tr("The notice cannot be sent until these are fixed."), errors)
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        if warnings and not (override_reason or "").strip():
            raise ReleaseRefused(
                tr("The notice breaks the agreement's rules. Release it only with an override and a written reason."),
                warnings,
            )
        if not warnings:
            override_reason = None

        with self.store.transaction() as db:
            sequence = notice_rows.allocate_sequence(db, self.station.station_id, counterpart.station_id)
            wire = copy.deepcopy(draft)
            wire.update(
                format_version=1,
                message_id=wire.get("message_id") or new_message_id(),
                sequence=sequence,
                sender=self.station.station_id,
                dtg=format_rfc3339(now),
                released_by=officer,
            )
            wire.setdefault("drafted_by", officer)
            notice = Notice.from_dict(wire)
            sealed = seal(notice.to_dict(), self.station.current_keys, self.station.station_id, counterpart.card, now)
            file_name = sealed_file_name(notice.sender, notice.recipient, notice.sequence, notice.message_id)
            ack_due = None if notice.kind is Kind.ACKNOWLEDGEMENT else format_rfc3339(
                counterpart.profile.ack_due_at(now, notice.precedence)
            )
            notice_id = notice_rows.insert_notice(
                db, notice, direction="out", counterpart=counterpart.station_id, state="released",
                sealed=sealed, sealed_sha256=sha256_hex(sealed), sealed_file=file_name,
                released_at=format_rfc3339(now), approved_by=approver, override_reason=override_reason,
                ack_due_at=ack_due,
            )
            if draft_id is not None:
                draft_rows.remove_draft(db, draft_id)
            details = {
                "message_id": notice.message_id, "kind": str(notice.kind), "counterpart": counterpart.station_id,
                "sequence": sequence, "precedence": str(notice.precedence), "status": str(notice.status),
                "sha256": sha256_hex(sealed),
            }
            if approver:
                details["approved_by"] = approver
            if override_reason:
                details["override_reason"] = override_reason
                details["overridden"] = [f.code for f in warnings]
            self.store.audit.append(now, officer, "release", details)
        stored = notice_rows.by_id(self.store, notice_id)
        exported, error = self._export(stored, counterpart, officer)
        self.station.bus.publish(NoticesChangedState("out", (notice_id,)))
        return ReleaseResult(notice_rows.by_id(self.store, notice_id), exported, error)

    def _export(self, stored: StoredNotice, counterpart: Counterpart, officer: str) -> tuple[bool, str | None]:
        now = self.clock()
        try:
            path = export_sealed(self.folders(counterpart), stored["sealed_file"], stored["sealed_blob"])
        except ExportError as exc:
            log.error("export of %s failed: %s", stored["message_id"], exc)
            with self.store.transaction():
                self.store.audit.append(now, officer, "export_failed", {"message_id": stored["message_id"], "error": str(exc)})
            return False, str(exc)
        with self.store.transaction() as db:
            notice_rows.mark_exported(db, stored.id)
            self.store.audit.append(now, officer, "export", {"message_id": stored["message_id"], "file": str(path)})
        return True, None

    def export_pending(self, officer: str) -> list[tuple[str, str | None]]:
        """Export every released notice whose file was not written yet. Returns (message id, error or None)."""
        book = CounterpartBook(self.store)
        results = []
        exported = []
        for notice_id in notice_rows.released_not_exported(self.store):
            stored = notice_rows.by_id(self.store, notice_id)
            exported.append(notice_id)
            ok, error = self._export(stored, book.require(stored["counterpart"]), officer)
            results.append((stored["message_id"], error))
        if results:
            self.station.bus.publish(NoticesChangedState("out", tuple(exported)))
        return results

    # ---- acknowledgement and error reports ---------------------------------------

    def acknowledge_refusal(self, target: StoredNotice | None) -> ReleaseRefused | None:
        """Why this notice cannot be acknowledged, or None: it is not one received, it is an
        acknowledgement, or it was acknowledged already."""
        if target is None or target["direction"] != "in":
            return ReleaseRefused(tr("Only a received notice can be acknowledged."))
        if target["kind"] == Kind.ACKNOWLEDGEMENT:
            return ReleaseRefused(tr("An acknowledgement is not itself acknowledged."))
        if target["acknowledged_at"]:
            return ReleaseRefused(
                tr("Already acknowledged by {officer} at {time}.").format(
                    officer=target['acknowledged_by'], time=target['acknowledged_at'])
            )
        return None

    def acknowledge(self, notice_id: int, officer: str) -> ReleaseResult:
        """Acknowledge one incoming notice: once, by an explicit officer action."""
        target = notice_rows.by_id(self.store, notice_id)
        refused = self.acknowledge_refusal(target)
        if refused is not None:
            raise refused
        now = self.clock()
        draft = {
            "kind": "acknowledgement",
            "recipient": target["counterpart"],
            "precedence": target["precedence"],
            "status": target["status"],
            "agreement": target["agreement"],
            "references": [{"message_id": target["message_id"], "sha256": target["sealed_sha256"]}],
            "drafted_by": officer,
            "body": {
                "acknowledged_message_id": target["message_id"],
                "acknowledged_sha256": target["sealed_sha256"],
                "received_at": target["received_at"],
                "acknowledged_at": format_rfc3339(now),
                "acknowledged_by": officer,
            },
        }
        result = self.release(draft, officer)
        with self.store.transaction() as db:
            notice_rows.mark_acknowledged(db, notice_id, format_rfc3339(now), officer, result.notice["message_id"])
            self.store.audit.append(
                now, officer, "acknowledge", {"message_id": target["message_id"], "ack_message_id": result.notice["message_id"]}
            )
        self.station.bus.publish(NoticeAcknowledged(notice_id, result.notice.id))
        return result

    def report_problem(
        self, counterpart: str, reason: str, officer: str, *, message_id: str | None = None, sha256: str | None = None,
        precedence: str = "PRIORITY", status: str = "ACTUAL",
    ) -> ReleaseResult:
        """Send an error notice (e.g. 'received garbled') instead of an acknowledgement."""
        if not reason.strip():
            raise ReleaseRefused(tr("Say what the problem is."))
        references = [{"message_id": message_id, "sha256": sha256}] if message_id and sha256 else []
        draft = {
            "kind": "error",
            "recipient": counterpart,
            "precedence": precedence,
            "status": status,
            "agreement": CounterpartBook(self.store).require(counterpart).profile.name,
            "references": references,
            "drafted_by": officer,
            "body": {"referenced_message_id": message_id, "referenced_sha256": sha256, "reason": reason.strip()},
        }
        result = self.release(draft, officer)
        with self.store.transaction():
            self.store.audit.append(
                self.clock(), officer, "report_problem", {"counterpart": counterpart, "message_id": message_id, "reason": reason}
            )
        return result
