"""`watchdesk print` and `watchdesk log`: the record of a notice and the daily watch log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from console.domain.times import TimeFormatError, parse_rfc3339
from console.cli.common import CommandFailed, opened_station
from console.i18n import tr


def add_commands(sub) -> None:
    printing = sub.add_parser("print", help=tr("print the record of one notice, or save it as PDF"))
    printing.add_argument("message_id", help=tr("the notice's message id"))
    _add_output(printing)
    _add_languages(printing)
    printing.set_defaults(handler=cmd_print)

    log = sub.add_parser("log", help=tr("print the watch log of a UTC day or of a watch, or save it as PDF"))
    period = log.add_mutually_exclusive_group(required=True)
    period.add_argument("--day", type=date.fromisoformat, help=tr("a UTC day, e.g. 2026-11-28"))
    period.add_argument("--watch", nargs=2, metavar=("START", "END"),
                        help=tr("a watch from START to END, UTC times like 2026-11-28T06:00:00Z"))
    _add_output(log)
    _add_languages(log)
    log.set_defaults(handler=cmd_log)


def _add_output(parser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, help=tr("write a PDF file"))
    target.add_argument("--printer", help=tr("send to this installed printer"))


def _add_languages(parser) -> None:
    parser.add_argument(
        "--languages", metavar="CODES", default="",
        help=tr("the languages to print in, the first leading, e.g. en,ru or en,zh_CN: each label in each "
                "language, data once (default: the console's language)"))


def _languages(args) -> tuple[str, ...]:
    from console.printing.labels import parse_languages

    try:
        return parse_languages(args.languages)
    except ValueError as exc:
        raise CommandFailed(tr("Nothing was printed: {problem}.").format(problem=exc)) from exc


def _output(args, render_pdf, print_to) -> tuple[int, str]:
    """Render to the PDF or the printer asked for: the page count and where it went, in the audit
    entry's words (English, as every audit entry the console writes)."""
    from console.printing.devices import queue_printer

    if args.pdf:
        return render_pdf(args.pdf), str(args.pdf.resolve())
    return print_to(queue_printer(args.printer)), f"printer {args.printer}"


def _where(args) -> str:
    """Where the printout went, for the officer."""
    return str(args.pdf.resolve()) if args.pdf else tr("printer {name}").format(name=args.printer)


def cmd_print(args) -> int:
    from console.printing.from_store import record_for
    from console.printing.app import ensure_gui_application
    from console.printing.record import print_record, render_record_pdf

    languages = _languages(args)
    app = ensure_gui_application()  # noqa: F841 - must outlive the rendering
    with opened_station(args) as station:
        data = record_for(station, args.message_id, args.officer, languages)
        pages, where = _output(args, lambda p: render_record_pdf(data, p), lambda pr: print_record(data, pr))
        station.store.record(args.officer, "print", {"message_id": args.message_id, "to": where, "pages": pages,
                                                     **({"languages": list(languages)} if languages else {})})
    print(tr("Record of {message_id}: %n page(s) to {where}", None, pages).format(
        message_id=args.message_id, where=_where(args)))
    return 0


def cmd_log(args) -> int:
    from console.printing.from_store import watch_log_for
    from console.printing.app import ensure_gui_application
    from console.printing.watch_log import print_watch_log, render_watch_log_pdf

    languages = _languages(args)
    app = ensure_gui_application()  # noqa: F841 - must outlive the rendering
    try:
        if args.day:
            period = {"day": args.day}
        else:
            period = {"start": parse_rfc3339(args.watch[0]), "end": parse_rfc3339(args.watch[1])}
    except TimeFormatError as exc:
        raise CommandFailed(tr("cannot read the watch times: {problem}").format(problem=exc)) from exc
    with opened_station(args) as station:
        data = watch_log_for(station, args.officer, languages=languages, **period)
        pages, where = _output(args, lambda p: render_watch_log_pdf(data, p), lambda pr: print_watch_log(data, pr))
        station.store.record(args.officer, "print", {"watch_log": str(args.day or args.watch), "to": where,
                                                     "messages": len(data.entries), "pages": pages,
                                                     **({"languages": list(languages)} if languages else {})})
    print(tr("Watch log ({messages} messages): %n page(s) to {where}", None, pages).format(
        messages=len(data.entries), where=_where(args)))
    return 0
