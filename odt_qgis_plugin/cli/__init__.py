"""The command line: `python -m odt_qgis_plugin <command>`; each command is one module here."""
import argparse
import importlib
import logging
import os
import signal
import sys
from typing import List, Optional

from ..common import about
from ..common.errors import Cancelled, OdtError
from ..common.i18n import tr

LOG = logging.getLogger(__name__)

# Each module defines NAME, HELP, add_arguments(parser) and run(args) -> int.
COMMAND_MODULES = ("build_store", "import_actors", "actor", "map_actor", "indicators", "harvest", "check_sources",
                   "footprints", "render", "export", "whatif", "copy_store", "evolution", "candidates")


class _Parser(argparse.ArgumentParser):
    """A bad argument ends the command like any other bad input: one line (the usage is one --help away), exit 2."""

    def error(self, message):
        self.exit(2, tr("{prog}: error: {message} (see --help)").format(prog=self.prog, message=message) + "\n")


def _parser(modules) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m odt_qgis_plugin",
        description=tr("Observatoire open data des territoires: territory store, actors, harvests, maps."),
    )
    parser.add_argument("--version", action="version", version=about.version())
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("more log lines on stderr"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in modules:
        command = sub.add_parser(module.NAME, help=tr(module.HELP), description=tr(module.HELP))
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    # QGIS starts in a third of a second; starting it first lets the help and every message be translated.
    from ..common.qgis_headless import start_qgis, stop_qgis

    start_qgis()
    try:
        return _main(argv)
    finally:
        stop_qgis()


def _terminate(signum, frame):
    # SIGTERM (a service manager, `kill`) unwinds like Ctrl+C, so that a harvest run is closed, not left running.
    raise KeyboardInterrupt


def _main(argv: Optional[List[str]]) -> int:
    try:
        modules = [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]
        parser = _parser(modules)
    except OdtError as error:  # e.g. an ODT_* environment variable out of range
        print(tr("Error: {message}").format(message=error.message), file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _terminate)
    try:
        return args.run(args) or 0
    except Cancelled as error:
        print(tr("Cancelled: {message}").format(message=error.message), file=sys.stderr)
        return 130
    except OdtError as error:
        print(tr("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`): nothing more to say to anyone.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        LOG.debug("details", exc_info=True)
        where = f" ({error.filename})" if error.filename else ""
        print(tr("Error: {message}").format(message=f"{error.strerror or error}{where}"), file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - a defect still gets one line, the traceback goes to --verbose
        LOG.debug("details", exc_info=True)
        print(tr("Error: unexpected {kind}: {message} (run with --verbose for details)").format(
            kind=type(error).__name__, message=str(error)[:300]), file=sys.stderr)
        return 1
