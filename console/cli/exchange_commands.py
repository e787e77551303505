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
from console.i18n import tr
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage.counterparts import CounterpartBook, key_state_words
from console.storage.errors import StoreError
from console.storage.keysource import KeyringKeySource


def add_commands(sub) -> None:
    keys = sub.add_parser("keys", help=tr("this station's key card"))
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    card = keys_sub.add_parser("card", help=tr("write this station's public key card to FILE"))
    card.add_argument("file", type=Path)
    card.set_defaults(handler=cmd_keys_card)

    cp = sub.add_parser("counterpart", help=tr("counterpart stations and their keys"))
    cp_sub = cp.add_subparsers(dest="counterpart_command", metavar="ACTION", required=True)
    add = cp_sub.add_parser("add", help=tr("import a counterpart's key card (unverified until you verify it)"))
    add.add_argument("card", type=Path)
    add.set_defaults(handler=cmd_counterpart_add)
    verify = cp_sub.add_parser("verify", help=tr("mark a counterpart's key verified after comparing the safety number"))
    verify.add_argument("station_id")
    verify.add_argument("number", nargs="?", help=tr("the 60-digit safety number the other side read out"))
    verify.set_defaults(handler=cmd_counterpart_verify)
    listing = cp_sub.add_parser("list", help=tr("list counterparts, their keys and folders"))
    listing.set_defaults(handler=cmd_counterpart_list)
    keys_of = cp_sub.add_parser(
        "keys", help=tr("list a counterpart's signing keys, current and earlier, and their state"))
    keys_of.add_argument("station_id")
    keys_of.set_defaults(handler=cmd_counterpart_keys)
    retire = cp_sub.add_parser(
        "retire-key", help=tr("refuse files signed with one of a counterpart's signing keys from now on (audited)")
    )
    retire.add_argument("station_id")
    # A thumbprint is base64url: one in 64 begins with "-", which argparse reads as an option unless "--" comes first.
    retire.add_argument("kid", help=tr("the key id (thumbprint) shown by `watchdesk counterpart keys ID`; one that "
                                       "begins with '-' goes after '--' (retire-key ID -- -KID)"))
    retire.add_argument("--compromised", action="store_true",
                        help=tr("the key is compromised: refuse every file it signs, whatever its date"))
    retire.set_defaults(handler=cmd_counterpart_retire_key)
    folders = cp_sub.add_parser(
        "folders", help=tr("set a counterpart's inbox/outbox folders (removable media, drop folder)"))
    folders.add_argument("station_id")
    folders.add_argument("--inbox", type=Path)
    folders.add_argument("--outbox", type=Path)
    folders.set_defaults(handler=cmd_counterpart_folders)

    ex = sub.add_parser("exchange", help=tr("import arrivals and export pending notices"))
    ex_sub = ex.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    imp = ex_sub.add_parser("import", help=tr("import every counterpart's inbox folder now"))
    imp.set_defaults(handler=cmd_exchange_import)
    reimp = ex_sub.add_parser(
        "reimport", help=tr("import again the files in processed/ that the store does not hold (after a rollback)")
    )
    reimp.set_defaults(handler=cmd_exchange_reimport)
    exp = ex_sub.add_parser(
        "export", help=tr("write the released notices whose files are not written yet (a release writes its own)"))
    exp.set_defaults(handler=cmd_exchange_export)

    check = sub.add_parser("verify", help=tr("say what a sealed file is, without storing it"))
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_verify_file)

    sim = sub.add_parser(
        "simulate",
        help=tr("run a simulated counterpart station in its own data dir (--data-dir) that sends EXERCISE traffic"),
    )
    sim.add_argument("--station-id", default="EXER-RED")
    sim.add_argument("--name", default="Exercise counterpart (simulated)")
    sim.add_argument("--peer-card", type=Path, required=True, help=tr("our station's key card"))
    sim.add_argument("--peer-inbox", type=Path, required=True, help=tr("our inbox folder for the simulated station"))
    sim.add_argument("--peer-outbox", type=Path, required=True, help=tr("our outbox folder for the simulated station"))
    sim.add_argument("--count", type=int, default=10, help=tr("how many notices to send (0: run until interrupted)"))
    sim.add_argument("--interval", type=float, default=20.0, help=tr("seconds between notices"))
    sim.add_argument("--seed", type=int, default=None)
    sim.add_argument("--auto-acknowledge", action=argparse.BooleanOptionalAction, default=True,
                     help=tr("acknowledge our notices as they arrive (default); --no-auto-acknowledge leaves them "
                             "waiting, for rehearsing overdue acknowledgements"))
    sim.add_argument("--script", type=Path, metavar="FILE",
                     help=tr("play a script of timed traffic (JSON, docs/cli.md) instead of --count random notices"))
    sim.add_argument("--minute", type=float, default=60.0, metavar="SECONDS",
                     help=tr("how long a minute of the script lasts (default 60; less for a quick run-through)"))
    sim.set_defaults(handler=cmd_simulate)


def _load_card(path: Path) -> KeyCard:
    try:
        return KeyCard.load(path.read_bytes())
    except KeyCardError as exc:
        raise CommandFailed(tr("{path} is not a usable key card: {error}").format(path=path, error=exc)) from exc


def cmd_keys_card(args) -> int:
    with opened_station(args) as station:
        card = station.own_card()
        atomic_write(args.file, card.to_json().encode("utf-8") + b"\n", overwrite=True, mode=0o644)
        station.store.record(args.officer, "key_card_exported", {"file": str(args.file.resolve())})
    print(tr("Key card of {station_id} written to {path}").format(station_id=card.station_id, path=args.file))
    print(tr("Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
    return 0


def cmd_counterpart_add(args) -> int:
    card = _load_card(args.card)
    with opened_station(args) as station:
        book = CounterpartBook(station.store)
        _counterpart, outcome = book.add_card(card, args.officer, station.station_id, station.clock())
        number = book.expected_number(card.station_id, station.own_card())
    messages = {
        "added": tr("Added counterpart {station_id} ({name}); its key is NOT verified yet."),
        "unchanged": tr("{station_id}'s key card is the one already on record."),
        "self_signed": tr("{station_id}'s key card of the same keys now carries a self-signature; it replaced "
                          "the older card on record (the safety number and its verification are unchanged)."),
        "key_changed": tr("WARNING: {station_id}'s key CHANGED. Its traffic is held until you verify the new key."),
    }
    print(messages[outcome].format(station_id=card.station_id, name=card.name))
    if not card.self_signed:
        print(tr("This is an older key card (version 1), with no self-signature: damage to it would show only "
                 "in the safety number."))
    print(tr("Safety number to compare with {station_id} (by phone or in person):").format(station_id=card.station_id)
          + f"\n    {number}")
    # The command is typed as it stands; only the placeholder for the number is in words.
    print(tr("Then run: watchdesk counterpart verify {station_id} 'NUMBER THEY READ OUT'").format(
        station_id=card.station_id))
    return 0


def cmd_counterpart_verify(args) -> int:
    with opened_station(args) as station:
        book = CounterpartBook(station.store)
        if args.number is None:
            number = book.expected_number(args.station_id, station.own_card())
            print(tr("Safety number: {number}").format(number=number))
            print(tr("Compare it with the other side, then pass the number they read out as NUMBER."))
            return EXIT_USAGE
        book.verify(args.station_id, args.number, station.own_card(), args.officer, station.clock())
        earlier = [state for state in book.key_states(args.station_id) if not state.current]
    print(tr("{station_id}'s key is verified. Held traffic will be imported.").format(station_id=args.station_id))
    for state in earlier:
        print(tr("Earlier signing key {thumbprint}: {state}.").format(thumbprint=state.thumbprint,
                                                                      state=key_state_words(state)))
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
    print(tr("Retired {station_id}'s signing key {thumbprint} (card {fingerprint}).").format(
        station_id=args.station_id, thumbprint=state.thumbprint, fingerprint=state.card_fingerprint))
    print(tr("From now on: {state}; such files are quarantined with code retired_key.").format(
        state=key_state_words(state)))
    if state.current:
        print(tr("It is {station_id}'s CURRENT key: nothing it signs after the retirement is accepted until "
                 "{station_id} sends a new key card and you verify it.").format(station_id=args.station_id))
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
            print(tr("Another import is running on this station (the console or another `watchdesk exchange "
                     "import`); it imports the files, so this one did nothing."))
            return 0
    stopped = [report for report in reports if report.error]
    for report in reports:
        print(report.describe())
        for outcome in report.outcomes:
            if outcome.outcome != "accepted":
                print(f"  {outcome.outcome}: {outcome.name} {outcome.code} {outcome.message}".rstrip())
            elif outcome.message:  # stored, but the officer must look at it (an acknowledgement of what?)
                print("  " + tr("accepted, FLAGGED: {file}: {message}").format(file=outcome.name,
                                                                              message=outcome.message))
        if report.new_gaps:
            print("  " + tr("gap: sequence numbers {numbers} have not arrived").format(
                numbers=", ".join(map(str, report.new_gaps))))
    for report in stopped:
        print("watchdesk: " + tr("importing {counterpart}'s inbox stopped: {error}; its files wait in the "
                                 "inbox: fix that, then run the import again.").format(
            counterpart=report.counterpart, error=report.error), file=sys.stderr)
    return EXIT_FAILED if stopped else 0


def cmd_exchange_reimport(args) -> int:
    from console.service.reimport import reimport_processed

    with opened_station(args) as station:
        try:
            results = reimport_processed(station)
        except ImportBusy:
            print(tr("Another import is running on this station (the console or `watchdesk exchange import`); "
                     "run the reimport again when it has finished."))
            return 0
    for result in results:
        if result.report is None:
            print(tr("{counterpart}: every file in processed/ is on record").format(counterpart=result.counterpart))
            continue
        print(tr("{counterpart}: %n file(s) not on record; {report}", None, result.candidates).format(
            counterpart=result.counterpart, report=result.report.describe()))
        if getattr(result.report, "error", None):
            print("  " + tr("stopped: {error}; the files wait in reimport/: run the reimport again").format(
                error=result.report.error))
        for outcome in result.report.outcomes:
            if outcome.outcome != "accepted":
                print(f"  {outcome.outcome}: {outcome.name} {outcome.code} {outcome.message}".rstrip())
    return 0


def cmd_exchange_export(args) -> int:
    with opened_station(args) as station:
        results = Outgoing(station).export_pending(args.officer)
    if not results:
        print(tr("Nothing to export: every released notice's file is written already."))
        return 0
    failed = [(m, e) for m, e in results if e]
    for message_id, error in failed:
        print(tr("not exported: {message_id}: {error}").format(message_id=message_id, error=error), file=sys.stderr)
    print(tr("%n notice(s) written, {failed} failed", None, len(results) - len(failed)).format(failed=len(failed)))
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
        raise CommandFailed(tr("{path} does not exist.").format(path=args.file)) from None
    except EntryUnreadable as exc:
        raise CommandFailed(tr("{path} could not be read: {error}.").format(
            path=args.file, error=exc.error.strerror or exc.error)) from None
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
        raise CommandFailed(tr("--minute {minute}: a minute cannot last less than no time.").format(
            minute=f"{args.minute:g}"))
    peer_card = _load_card(args.peer_card)
    keys = KeyringKeySource()
    if (args.data_dir / "station.json").exists():
        sim = Station.open(args.data_dir, keys)
    else:
        sim, _code = Station.initialise(args.data_dir, args.station_id, args.name, keys)
        print(tr("Created simulated station {station_id} in {data_dir}").format(station_id=args.station_id,
                                                                              data_dir=args.data_dir))
    try:
        book = CounterpartBook(sim.store)
        book.add_card(peer_card, "sim-officer", sim.station_id, sim.clock())
        if not book.require(peer_card.station_id).verified:
            # The simulator trusts the card it was given: it stands in for the other side's officers.
            book.verify(peer_card.station_id, book.expected_number(peer_card.station_id, sim.own_card()),
                        sim.own_card(), "sim-officer", sim.clock())
        card_path = args.data_dir / f"{sim.station_id}.card.json"
        atomic_write(card_path, sim.own_card().to_json().encode() + b"\n")
        print(tr("Simulated station's key card: {path} (import it with `watchdesk counterpart add`)").format(
            path=card_path))
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
            sent_words = (tr("sent {kind} {precedence} seq {sequence}; acknowledged {acknowledged}") if acks
                          else tr("sent {kind} {precedence} seq {sequence}"))
            print(sent_words.format(kind=result.notice["kind"], precedence=result.notice["precedence"],
                                    sequence=result.notice["sequence"], acknowledged=acks), flush=True)
            if args.count == 0 or sent < args.count:
                time.sleep(args.interval)
    except KeyboardInterrupt:
        pass
    finally:
        sim.close()
    return 0
