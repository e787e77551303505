"""The `watchdesk` command: the GUI by default, subcommands for everything scriptable."""

from __future__ import annotations

import argparse
import linecache
import sys
import time
from pathlib import Path

import console
from console import i18n
from console.cli.argparse_words import speak_argparse_in_console_language
from console.cli.common import OS_ACCOUNT_MARK, run_command
from console.i18n import tr
from console.paths import default_data_dir

LANGUAGE_OPTION = "--language"
# The options that take a value: their value is not a command.
_OPTIONS_WITH_VALUE = ("--data-dir", "--officer", LANGUAGE_OPTION)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without the commands (and their modules, which import the sealing,
    the importer and the store's administration) for opening the window, where none is given."""
    parser = argparse.ArgumentParser(
        prog="watchdesk",
        description=tr("Watchdesk: the duty officer's console for launch-notification exchange. "
                       "Without a command it opens the console window."),
        epilog=tr("Exit status: 0 done; 1 it could not be done (one sentence on stderr says why); 2 the command "
                  "line is incomplete or wrong, or the console window cannot be shown; 3 a check found a problem "
                  "(audit verify, verify FILE); 4 the station's rules refused it (a PIN, the two-person rule, the "
                  "agreement); 5 the notice named is not on record; 6 the file given is not a valid notice "
                  "(docs/cli.md)."),
    )
    parser.add_argument("--version", action="version", version=f"watchdesk {console.__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=tr("the station's data dir (default: the platform's user data dir, here {default_dir})").format(
            default_dir=default_data_dir()),
    )
    parser.add_argument(
        "--officer",
        metavar="NAME",
        help=tr("who runs the command, as the audit log names them (default: the OS account, as "
                "'{mark}ACCOUNT'); the console window's officer signs in instead").format(mark=OS_ACCOUNT_MARK),
    )
    _add_language_option(parser)
    parser.add_argument("--demo", action="store_true", help=tr("open the embedded demo station (synthetic data)"))
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help=tr("open the window, wait until it has painted with its inbox's first rows, print 'ready in N ms', "
                "exit"),
    )
    parser.add_argument(
        "--startup-profile",
        action="store_true",
        help=tr("as --quit-when-ready, and print the milliseconds of each start-up phase to stderr"),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from console.cli import (
        exchange_commands,
        export_commands,
        notice_commands,
        officer_commands,
        print_commands,
        store_commands,
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    store_commands.add_commands(sub)
    exchange_commands.add_commands(sub)
    print_commands.add_commands(sub)
    export_commands.add_commands(sub)
    officer_commands.add_commands(sub)
    notice_commands.add_commands(sub)
    _add_language_to_commands(sub)
    return parser


def _add_language_option(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        LANGUAGE_OPTION, metavar="CODE", type=language_code, default=default,
        help=tr("the language of the messages and help: {codes} (default: the system's locale)").format(
            codes=", ".join(i18n.LANGUAGE_NAMES)),
    )


def _add_language_to_commands(sub: argparse._SubParsersAction) -> None:
    """--language after the command too (`watchdesk notices list --language ru`); it is read before
    the parser is built (language_asked), and must not reset the one given before the command."""
    for command in sub.choices.values():
        _add_language_option(command, default=argparse.SUPPRESS)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_language_to_commands(action)


def language_code(text: str) -> str:
    """A language the console is translated into, as i18n names it ('ru_RU' -> 'ru')."""
    code = i18n.normalise(text)
    if code is None:
        languages = ", ".join(f"{known} ({name})" for known, name in i18n.LANGUAGE_NAMES.items())
        raise argparse.ArgumentTypeError(
            tr("'{given}' is not a language of the console; give one of: {languages}").format(
                given=text, languages=languages))
    return code


def language_asked(argv: list[str]) -> str | None:
    """The value of --language in `argv` (also --language=CODE and an unambiguous abbreviation such
    as --lang), read before the parser exists so that its help texts are in that language."""
    asked = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        name, equals, value = token.partition("=")
        if len(name) >= 4 and LANGUAGE_OPTION.startswith(name):
            asked = value if equals else next(tokens, None)
        elif token in _OPTIONS_WITH_VALUE:
            next(tokens, None)
    return asked


def choose_language(argv: list[str]) -> str:
    """The language in force: --language, else the system's locale. (The station's own language
    setting is kept in the encrypted store, which only the station's key opens: not read here.)
    An unknown --language falls back to the system's language; the parser then refuses it."""
    return i18n.normalise(language_asked(argv)) or i18n.system_language()


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    given = sys.argv[1:] if argv is None else argv
    # Before the parser is built: its help texts are looked up as it is built.
    i18n.set_language(choose_language(given))
    speak_argparse_in_console_language()
    parser = build_parser(with_commands=_names_a_command(given))
    args = parser.parse_args(argv)
    # The window (console/ui/app.py) gets args.language: the code given with --language, or None.
    args.data_dir_given = args.data_dir is not None
    args.data_dir = args.data_dir or default_data_dir()
    if args.command is None:
        if args.officer is not None:
            parser.error(tr("--officer names who runs a command; in the console window the officer on watch "
                            "signs in"))
        from console.startup_timeline import StartupTimeline, seconds_since_process_start

        timeline = StartupTimeline(recording=args.startup_profile, started=started)
        if args.startup_profile:
            args.quit_when_ready = True
            age = seconds_since_process_start()
            if age is not None:
                timeline.before_main = (age - (time.perf_counter() - started)) * 1000
        timeline.mark("arguments")
        # The plain-Python core the window uses, imported before Qt: PySide's __feature__ hook reads
        # the source of every module imported after Qt (inspect.getsource), about 220 of the core's
        # modules and their libraries here, some 15 ms of every start-up and their text in memory.
        import console.exchange.exporter  # noqa: F401
        import console.service.handover  # noqa: F401
        import console.service.queries  # noqa: F401
        import console.service.station  # noqa: F401
        import console.service.watcher  # noqa: F401
        import console.storage.operators  # noqa: F401
        from console.ui.app import run_gui  # Qt is loaded only for the GUI

        # The source text that hook read stays in linecache (about 5 MiB): let it go before the
        # station and the window are made. A traceback reads the files again when it needs them.
        linecache.clearcache()
        timeline.mark("import Qt and the window's modules")
        return run_gui(args, started=started, timeline=timeline)
    return run_command(args)


def _names_a_command(argv: list[str]) -> bool:
    """Whether the command line has more than options (a command, or something that must be
    reported as a wrong one), or asks for help, which lists the commands."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help") or not token.startswith("-") or token == "--":
            return True
        if token in _OPTIONS_WITH_VALUE:
            next(tokens, None)
    return False


if __name__ == "__main__":
    sys.exit(main())
