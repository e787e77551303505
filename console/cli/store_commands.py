"""Subcommands for the station and its store: init, audit, backup, restore, recover."""

from __future__ import annotations

import argparse
import logging
import re
from datetime import datetime, timezone
from pathlib import Path

from console.cli.common import EXIT_PROBLEM_FOUND, CommandFailed, opened_station
from console.cli.pins import read_secret
from console.fsutil import atomic_write
from console.i18n import tr
from console.logsetup import configure_logging
from console.service.station import Station
from console.storage import audit as audit_entries
from console.storage import recovery
from console.storage.keysource import KeyringKeySource
from console.storage.operators import OperatorBook
from console.storage.store import Store, read_meta, restore

log = logging.getLogger(__name__)


def add_commands(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help=tr("create a new station and its encrypted store"))
    init.add_argument("--station-id", required=True, help=tr("this station's id, e.g. NRRC-US"))
    init.add_argument("--name", required=True, help=tr("this station's name"))
    init.add_argument(
        "--recovery-sheet",
        type=Path,
        default=None,
        help=tr("where to write the recovery sheet as PDF (default: ./watchdesk-recovery-STATION.pdf); "
                "print it, keep it in the safe, and delete the file"),
    )
    init.set_defaults(handler=cmd_init)

    audit = sub.add_parser("audit", help=tr("check or checkpoint the audit log"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help=tr("check the whole hash chain and its signed checkpoints"))
    verify.add_argument(
        "--anchor", metavar="COUNT:HASH",
        help=tr("also check the chain against the audit head printed on a watch log or record "
                "(e.g. 1234:3f2a9c1b7d40e5a1)"),
    )
    verify.set_defaults(handler=cmd_audit_verify)
    acknowledge = audit_sub.add_parser(
        "acknowledge",
        help=tr("as a supervisor, accept that the audit log is behind its signed head, so writing resumes"),
    )
    acknowledge.add_argument("--supervisor", required=True, help=tr("the supervisor's name (the PIN is asked for)"))
    acknowledge.set_defaults(handler=cmd_audit_acknowledge)
    checkpoint = audit_sub.add_parser("checkpoint", help=tr("sign the audit log's current head now"))
    checkpoint.set_defaults(handler=cmd_audit_checkpoint)

    backup = sub.add_parser("backup", help=tr("write a consistent encrypted copy of the store (console may run)"))
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=cmd_backup)

    restore_cmd = sub.add_parser("restore", help=tr("replace the store with a checked backup (console closed)"))
    restore_cmd.add_argument("file", type=Path)
    restore_cmd.set_defaults(handler=cmd_restore)

    recover = sub.add_parser("recover", help=tr("put the store key back into the keyring from the recovery sheet"))
    # Never from the arguments: any local user can read another process's command line.
    recover.set_defaults(handler=cmd_recover)


def recovery_sheet_text(station_id: str, name: str, data_dir: Path, code: str) -> str:
    created = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%MZ")
    return (
        "WATCHDESK STORE RECOVERY SHEET\n"
        "==============================\n\n"
        f"Station:   {station_id} ({name})\n"
        f"Data dir:  {Path(data_dir).resolve()}\n"
        f"Created:   {created}\n\n"
        "Recovery code (13 groups; the character after each dash checks its group):\n\n"
        f"    {code}\n\n"
        "To put the key back after the OS keyring was lost:\n"
        "    watchdesk --data-dir DATA_DIR recover\n"
        "and type the code. Keep this sheet in the safe. Anyone holding it and the\n"
        "station's data can read the station's records.\n"
    )


def cmd_init(args) -> int:
    station, code = Station.initialise(args.data_dir, args.station_id, args.name, KeyringKeySource(), by=args.officer)
    configure_logging(args.data_dir)
    sheet = args.recovery_sheet or Path.cwd() / f"watchdesk-recovery-{args.station_id}.pdf"
    try:
        if sheet.suffix.lower() == ".pdf":
            from console.printing.app import ensure_gui_application
            from console.printing.recovery_sheet import render_recovery_sheet_pdf

            app = ensure_gui_application()  # noqa: F841 - needed while the sheet is laid out
            render_recovery_sheet_pdf(station.station_id, station.name, args.data_dir, code, sheet)
        else:
            atomic_write(sheet, recovery_sheet_text(station.station_id, station.name, args.data_dir, code).encode())
        station.store.record(args.officer, "recovery_sheet_written", {"path": str(sheet.resolve())})
    finally:
        station.close()
    print(tr("Created station {station_id} in {data_dir}.").format(station_id=args.station_id,
                                                                     data_dir=args.data_dir.resolve()))
    print(tr("Recovery sheet: {path}  (print it, store it safely, then delete the file)").format(
        path=sheet.resolve()))
    return 0


def parse_anchor(text: str) -> tuple[int, str]:
    match = re.fullmatch(r"\s*(\d+)\s*:\s*([0-9a-fA-F]{8,64})\s*(?::\s*[0-9a-fA-F]+\s*)?", text or "")
    if not match:
        raise CommandFailed(
            tr("'{given}' is not an audit anchor; type it as printed on paper, COUNT:HASH "
               "(for example 1234:3f2a9c1b7d40e5a1).").format(given=text)
        )
    return int(match.group(1)), match.group(2).lower()


def cmd_audit_verify(args) -> int:
    anchor = parse_anchor(args.anchor) if args.anchor else None
    with opened_station(args) as station:
        result = station.verify_audit(anchor)
    print(result.describe())
    if result.ok and anchor:
        print(tr("the paper anchor {count}:{hash} matches the chain").format(count=anchor[0], hash=anchor[1]))
    return 0 if result.ok else EXIT_PROBLEM_FOUND


def cmd_audit_acknowledge(args) -> int:
    with opened_station(args) as station:
        if not station.store.head_alarm:
            print(tr("The audit log is not in its alarm state; there is nothing to acknowledge."))
            return 0
        print(station.store.head_alarm)
        pin = read_secret(tr("PIN of {name}: ").format(name=args.supervisor)) or ""
        with station.store.acknowledging():
            supervisor = OperatorBook(station.store).authenticate(args.supervisor, pin)
        if supervisor is None:
            raise CommandFailed(tr("Wrong PIN for {name} (or no such officer); nothing was acknowledged.").format(
                name=args.supervisor))
        missing = station.acknowledge_head_alarm(args.supervisor)
    print(
        tr("Acknowledged by {supervisor}: %n audit entries are missing. Writing resumes; re-import the "
           "notices still in processed/ with `watchdesk exchange reimport`.", None, missing).format(
            supervisor=args.supervisor)
    )
    return 0


def cmd_audit_checkpoint(args) -> int:
    with opened_station(args) as station:
        count = station.write_checkpoint(args.officer)
    print(tr("signed checkpoint over %n audit entries", None, count))
    return 0


def cmd_backup(args) -> int:
    with opened_station(args) as station:
        station.store.backup(args.file)
        station.store.record(args.officer, "backup", {"file": str(args.file.resolve())})
    print(tr("backup written to {path}").format(path=args.file.resolve()))
    return 0


def cmd_restore(args) -> int:
    kept = restore(args.data_dir, args.file, KeyringKeySource(), by=args.officer)
    # Opening the station completes the restore: it is recorded in the audit log, the head re-signed.
    with opened_station(args) as station:
        details = audit_entries.last_details(station.store.conn, "restore")
    print(tr("store restored from {backup}; the previous store was kept as {kept}").format(backup=args.file,
                                                                                            kept=kept))
    if details is not None:
        if details.get("missing_entries"):
            print(
                tr("The restored audit log has {restored} entries; %n recorded since the backup are not in it. "
                   "Re-import the notices still in processed/ with `watchdesk exchange reimport`.", None,
                   details["missing_entries"]).format(restored=details["entries_restored"])
            )
    return 0


def cmd_recover(args) -> int:
    meta = read_meta(args.data_dir)
    code = read_secret(tr("Recovery code: ")) or ""
    try:
        key = recovery.code_to_key(code)
    except recovery.RecoveryCodeError as exc:
        raise CommandFailed(tr("cannot read the recovery code: {error}").format(error=exc)) from exc
    # Prove the key opens this very store before it goes into the keyring.
    Store.open_with_key(args.data_dir, key, meta).close()
    KeyringKeySource().save(meta["station_id"], args.data_dir, key)
    with opened_station(args) as station:
        station.store.record(args.officer, "key_recovered", {})
    print(tr("The store key of station {station_id} is back in the keyring.").format(station_id=meta["station_id"]))
    return 0
