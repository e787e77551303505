"""Subcommands for keys, counterparts, the exchange folders and the simulated counterpart."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from console.cli.common import EXIT_FAILED, EXIT_PROBLEM_FOUND, EXIT_USAGE, BadInput, CommandFailed, opened_station
from console.exchange.folders import CounterpartFolders, EntryRefused, EntryUnreadable, entry_kind, read_checked
from console.exchange.importer import ImportBusy, Importer
from console.format import MAX_FILE_BYTES, KeyCard, KeyCardError, RejectedFile, open_sealed, peek, sha256_hex
from console.fsutil import atomic_write
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage.counterparts import CounterpartBook, key_state_words
from console.storage.errors import StoreError
from console.storage.keysource import KeyringKeySource


def add_commands(sub) -> None:
    keys = sub.add_parser("keys", help="this station's key card")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    card = keys_sub.add_parser("card", help="write this station's public key card to FILE")
    card.add_argument("file", type=Path)
    card.set_defaults(handler=cmd_keys_card)

    cp = sub.add_parser("counterpart", help="counterpart stations and their keys")
    cp_sub = cp.add_subparsers(dest="counterpart_command", metavar="ACTION", required=True)
    add = cp_sub.add_parser("add", help="import a counterpart's key card (unverified until you verify it)")
    add.add_argument("card", type=Path)
    add.set_defaults(handler=cmd_counterpart_add)
    verify = cp_sub.add_parser("verify", help="mark a counterpart's key verified after comparing the safety number")
    verify.add_argument("station_id")
    verify.add_argument("number", nargs="?", help="the 60-digit safety number the other side read out")
    verify.set_defaults(handler=cmd_counterpart_verify)
    listing = cp_sub.add_parser("list", help="list counterparts, their keys and folders")
    listing.set_defaults(handler=cmd_counterpart_list)
    keys_of = cp_sub.add_parser("keys", help="list a counterpart's signing keys, current and earlier, and their state")
    keys_of.add_argument("station_id")
    keys_of.set_defaults(handler=cmd_counterpart_keys)
    retire = cp_sub.add_parser(
        "retire-key", help="refuse files signed with one of a counterpart's signing keys from now on (audited)"
    )
    retire.add_argument("station_id")
    retire.add_argument("kid", help="the key id (thumbprint) shown by `watchdesk counterpart keys ID`")
    retire.add_argument("--compromised", action="store_true",
                        help="the key is compromised: refuse every file it signs, whatever its date")
    retire.set_defaults(handler=cmd_counterpart_retire_key)
    folders = cp_sub.add_parser("folders", help="set a counterpart's inbox/outbox folders (removable media, drop folder)")
    folders.add_argument("station_id")
    folders.add_argument("--inbox", type=Path)
    folders.add_argument("--outbox", type=Path)
    folders.set_defaults(handler=cmd_counterpart_folders)

    ex = sub.add_parser("exchange", help="import arrivals and export pending notices")
    ex_sub = ex.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    imp = ex_sub.add_parser("import", help="import every counterpart's inbox folder now")
    imp.set_defaults(handler=cmd_exchange_import)
    reimp = ex_sub.add_parser(
        "reimport", help="import again the files in processed/ that the store does not hold (after a rollback)"
    )
    reimp.set_defaults(handler=cmd_exchange_reimport)
    exp = ex_sub.add_parser(
        "export", help="write the released notices whose files are not written yet (a release writes its own)")
    exp.set_defaults(handler=cmd_exchange_export)

    check = sub.add_parser("verify", help="say what a sealed file is, without storing it")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_verify_file)

    sim = sub.add_parser(
        "simulate",
        help="run a simulated counterpart station in its own data dir (--data-dir) that sends EXERCISE traffic",
    )
    sim.add_argument("--station-id", default="EXER-RED")
    sim.add_argument("--name", default="Exercise counterpart (simulated)")
    sim.add_argument("--peer-card", type=Path, required=True, help="our station's key card")
    sim.add_argument("--peer-inbox", type=Path, required=True, help="our inbox folder for the simulated station")
    sim.add_argument("--peer-outbox", type=Path, required=True, help="our outbox folder for the simulated station")
    sim.add_argument("--count", type=int, default=10, help="how many notices to send (0: run until interrupted)")
    sim.add_argument("--interval", type=float, default=20.0, help="seconds between notices")
    sim.add_argument("--seed", type=int, default=None)
    sim.add_argument("--auto-acknowledge", action=argparse.BooleanOptionalAction, default=True,
                     help="acknowledge our notices as they arrive (default); --no-auto-acknowledge leaves them "
                          "waiting, for rehearsing overdue acknowledgements")
    sim.add_argument("--script", type=Path, metavar="FILE",
                     help="play a script of timed traffic (JSON, docs/cli.md) instead of --count random notices")
    sim.add_argument("--minute", type=float, default=60.0, metavar="SECONDS",
                     help="how long a minute of the script lasts (default 60; less for a quick run-through)")
    sim.set_defaults(handler=cmd_simulate)


def _load_card(path: Path) -> KeyCard:
    try:
        return KeyCard.load(path.read_bytes())
    except KeyCardError as exc:
        raise CommandFailed(f"{path} is not a usable key card: {exc}") from exc


def cmd_keys_card(args) -> int:
    with opened_station(args) as station:
        card = station.own_card()
        atomic_write(args.file, card.to_json().encode("utf-8") + b"\n", overwrite=True, mode=0o644)
        station.store.record(args.officer, "key_card_exported", {"file": str(args.file.resolve())})
    print(f"Key card of {card.station_id} written to {args.file}")
    print(f"Fingerprint: {card.fingerprint}")
    return 0


def cmd_counterpart_add(args) -> int:
    card = _load_card(args.card)
    with opened_station(args) as station:
        book = CounterpartBook(station.store)
        _counterpart, outcome = book.add_card(card, args.officer, station.station_id, station.clock())
        number = book.expected_number(card.station_id, station.own_card())
    messages = {
        "added": f"Added counterpart {card.station_id} ({card.name}); its key is NOT verified yet.",
        "unchanged": f"{card.station_id}'s key card is the one already on record.",
        "self_signed": f"{card.station_id}'s key card of the same keys now carries a self-signature; it replaced "
                       "the older card on record (the safety number and its verification are unchanged).",
        "key_changed": f"WARNING: {card.station_id}'s key CHANGED. Its traffic is held until you verify the new key.",
    }
    print(messages[outcome])
    if not card.self_signed:
        print("This is an older key card (version 1), with no self-signature: damage to it would show only "
              "in the safety number.")
    print(f"Safety number to compare with {card.station_id} (by phone or in person):\n    {number}")
    print(f"Then run: watchdesk counterpart verify {card.station_id} 'NUMBER THEY READ OUT'")
    return 0


def cmd_counterpart_verify(args) -> int:
    with opened_station(args) as station:
        book = CounterpartBook(station.store)
        if args.number is None:
            print(f"Safety number: {book.expected_number(args.station_id, station.own_card())}")
            print("Compare it with the other side, then pass the number they read out as NUMBER.")
            return EXIT_USAGE
        book.verify(args.station_id, args.number, station.own_card(), args.officer, station.clock())
        earlier = [state for state in book.key_states(args.station_id) if not state.current]
    print(f"{args.station_id}'s key is verified. Held traffic will be imported.")
    for state in earlier:
        print(f"Earlier signing key {state.thumbprint}: {key_state_words(state)}.")
    return 0


def cmd_counterpart_list(args) -> int:
    with opened_station(args) as station:
        for c in CounterpartBook(station.store).all():
            folders = CounterpartFolders.for_counterpart(station.data_dir, c.station_id, c.inbox_dir, c.outbox_dir)
            state = "verified" if c.verified else ("KEY CHANGED, not verified" if c.key_changed else "NOT verified")
            print(f"{c.station_id}\t{c.name}\t{state}\t{c.card.fingerprint}\tinbox {folders.inbox}\toutbox {folders.outbox}")
    return 0


def cmd_counterpart_keys(args) -> int:
    with opened_station(args) as station:
        states = CounterpartBook(station.store).key_states(args.station_id)
    for state in states:
        which = "current" if state.current else "earlier"
        print(f"{state.thumbprint}\t{which}\tcard {state.card_fingerprint}\t{key_state_words(state)}")
    return 0


def cmd_counterpart_retire_key(args) -> int:
    with opened_station(args) as station:
        state = CounterpartBook(station.store).retire_key(
            args.station_id, args.kid, args.officer, station.clock(), compromised=args.compromised
        )
    print(f"Retired {args.station_id}'s signing key {state.thumbprint} (card {state.card_fingerprint}).")
    print(f"From now on: {key_state_words(state)}; such files are quarantined with code retired_key.")
    if state.current:
        print(f"It is {args.station_id}'s CURRENT key: nothing it signs after the retirement is accepted until "
              f"{args.station_id} sends a new key card and you verify it.")
    return 0


def cmd_counterpart_folders(args) -> int:
    with opened_station(args) as station:
        CounterpartBook(station.store).set_folders(
            args.station_id,
            str(args.inbox.resolve()) if args.inbox else None,
            str(args.outbox.resolve()) if args.outbox else None,
            args.officer,
            station.clock(),
        )
    return 0


def cmd_exchange_import(args) -> int:
    with opened_station(args) as station:
        try:
            reports = Importer(
                station.store, station.station_id, station.keys, station.clock, station.data_dir
            ).import_all()
        except ImportBusy:
            print("Another import is running on this station (the console or another `watchdesk exchange import`); "
                  "it imports the files, so this one did nothing.")
            return 0
    stopped = [report for report in reports if report.error]
    for report in reports:
        print(report.describe())
        for outcome in report.outcomes:
            if outcome.outcome != "accepted":
                print(f"  {outcome.outcome}: {outcome.name} {outcome.code} {outcome.message}".rstrip())
            elif outcome.message:  # stored, but the officer must look at it (an acknowledgement of what?)
                print(f"  accepted, FLAGGED: {outcome.name}: {outcome.message}")
        if report.new_gaps:
            print(f"  gap: sequence numbers {', '.join(map(str, report.new_gaps))} have not arrived")
    for report in stopped:
        print(f"watchdesk: importing {report.counterpart}'s inbox stopped: {report.error}; its files wait in the "
              "inbox: fix that, then run the import again.", file=sys.stderr)
    return EXIT_FAILED if stopped else 0


def cmd_exchange_reimport(args) -> int:
    from console.service.reimport import reimport_processed

    with opened_station(args) as station:
        try:
            results = reimport_processed(station)
        except ImportBusy:
            print("Another import is running on this station (the console or `watchdesk exchange import`); "
                  "run the reimport again when it has finished.")
            return 0
    for result in results:
        if result.report is None:
            print(f"{result.counterpart}: every file in processed/ is on record")
            continue
        print(f"{result.counterpart}: {result.candidates} file(s) not on record; {result.report.describe()}")
        if getattr(result.report, "error", None):
            print(f"  stopped: {result.report.error}; the files wait in reimport/: run the reimport again")
        for outcome in result.report.outcomes:
            if outcome.outcome != "accepted":
                print(f"  {outcome.outcome}: {outcome.name} {outcome.code} {outcome.message}".rstrip())
    return 0


def cmd_exchange_export(args) -> int:
    with opened_station(args) as station:
        results = Outgoing(station).export_pending(args.officer)
    if not results:
        print("Nothing to export: every released notice's file is written already.")
        return 0
    failed = [(m, e) for m, e in results if e]
    for message_id, error in failed:
        print(f"not exported: {message_id}: {error}", file=sys.stderr)
    print(f"{len(results) - len(failed)} notice(s) written, {len(failed)} failed")
    return EXIT_FAILED if failed else 0


def cmd_verify_file(args) -> int:
    """Peek always; open fully if this station is the recipient and knows the sender.

    The file is judged as the importer judges an inbox entry (folders.read_checked): its type and
    size first, then at most 1 MiB read. A link named on the command line is followed to what it
    names, which is then judged the same way; a pipe or a device is never opened.
    """
    target = Path(os.path.realpath(args.file))
    try:
        data = read_checked(target, entry_kind(target), MAX_FILE_BYTES, hash_oversize=False)
    except FileNotFoundError:
        raise CommandFailed(f"{args.file} does not exist.") from None
    except EntryUnreadable as exc:
        raise CommandFailed(f"{args.file} could not be read: {exc.error.strerror or exc.error}.") from None
    except EntryRefused as exc:
        print(f"result:   REJECTED ({exc.code}): {args.file}: {exc.message}.")
        return EXIT_PROBLEM_FOUND
    print(f"file:     {args.file}")
    print(f"size:     {len(data)} bytes")
    print(f"sha256:   {sha256_hex(data)}")
    try:
        header = peek(data)
        print(f"sender:   {header.sender} (unauthenticated header)")
        print(f"message:  {header.message_id}")
        try:
            station = Station.open(args.data_dir, KeyringKeySource())
        except StoreError as exc:
            print(f"signature: not checked ({exc})")
            return 0
        try:
            book = CounterpartBook(station.store)
            opened = open_sealed(data, station.station_id, station.keys, book.signing_keys)
            # The importer's receiver policy too, so verify and import never disagree.
            retired = book.retired_key_refusal(opened.sender, opened.signing_key_thumbprint, opened.issued_at)
        finally:
            station.close()
    except RejectedFile as exc:
        print(f"result:   REJECTED ({exc.code}): {exc.message}")
        return EXIT_PROBLEM_FOUND
    if retired:
        print(f"result:   REJECTED (retired_key): {retired}")
        return EXIT_PROBLEM_FOUND
    notice = opened.notice
    print(f"kind:     {notice['kind']}  precedence: {notice['precedence']}  status: {notice['status']}")
    print(f"channel:  {opened.sender} -> {opened.recipient}, sequence {opened.sequence}")
    print(f"signature: valid (key {opened.signing_key_thumbprint})")
    return 0


def cmd_simulate(args) -> int:
    from console.service.exercise_script import ScriptError, load_script, play_script
    from console.service.simulator import SimulatedCounterpart

    try:
        script = load_script(args.script) if args.script is not None else None
    except ScriptError as exc:
        raise BadInput(exc.user_message) from None
    if args.minute < 0:
        raise CommandFailed(f"--minute {args.minute:g}: a minute cannot last less than no time.")
    peer_card = _load_card(args.peer_card)
    keys = KeyringKeySource()
    if (args.data_dir / "station.json").exists():
        sim = Station.open(args.data_dir, keys)
    else:
        sim, _code = Station.initialise(args.data_dir, args.station_id, args.name, keys)
        print(f"Created simulated station {args.station_id} in {args.data_dir}")
    try:
        book = CounterpartBook(sim.store)
        book.add_card(peer_card, "sim-officer", sim.station_id, sim.clock())
        if not book.require(peer_card.station_id).verified:
            # The simulator trusts the card it was given: it stands in for the other side's officers.
            book.verify(peer_card.station_id, book.expected_number(peer_card.station_id, sim.own_card()),
                        sim.own_card(), "sim-officer", sim.clock())
        card_path = args.data_dir / f"{sim.station_id}.card.json"
        atomic_write(card_path, sim.own_card().to_json().encode() + b"\n")
        print(f"Simulated station's key card: {card_path} (import it with `watchdesk counterpart add`)")
        simulator = SimulatedCounterpart(sim, peer_card.station_id, args.peer_outbox, args.peer_inbox, seed=args.seed,
                                         auto_acknowledge=args.auto_acknowledge)
        if script is not None:
            try:
                play_script(simulator, script, minute_seconds=args.minute, card_path=card_path,
                            say=lambda line: print(line, flush=True))
            except ScriptError as exc:
                raise BadInput(f"{args.script}, {exc.user_message}") from None
            return 0
        sent = 0
        while args.count == 0 or sent < args.count:
            acks = simulator.acknowledge_peer_traffic()
            result = simulator.send_one()
            sent += 1
            print(f"sent {result.notice['kind']} {result.notice['precedence']} seq {result.notice['sequence']}"
                  + (f"; acknowledged {acks}" if acks else ""), flush=True)
            if args.count == 0 or sent < args.count:
                time.sleep(args.interval)
    except KeyboardInterrupt:
        pass
    finally:
        sim.close()
    return 0
