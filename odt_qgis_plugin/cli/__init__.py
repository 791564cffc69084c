"""The command line: `python -m odt_qgis_plugin <command>`; each command is one module here."""
import argparse
import importlib
import logging
import sys
from typing import List, Optional

from ..common import about
from ..common.errors import Cancelled, OdtError
from ..common.i18n import tr

# Each module defines NAME, HELP, add_arguments(parser) and run(args) -> int.
COMMAND_MODULES = ("build_store", "import_actors", "actor", "map_actor", "indicators", "harvest", "check_sources",
                   "footprints", "render", "export", "whatif", "copy_store", "evolution")


def _parser(modules) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    from ..common.qgis_headless import start_qgis

    start_qgis()
    modules = [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]
    args = _parser(modules).parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
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
    finally:
        from ..common.qgis_headless import stop_qgis

        stop_qgis()
