"""import-actors: read a registry CSV into the store's actors table and refresh engagement."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store, add_threshold

NAME = "import-actors"
HELP = QT_TR_NOOP("Import a registry of open data actors (CSV) into the store; same SIREN updates, new SIREN inserts.")


def add_arguments(parser) -> None:
    add_store(parser)
    add_threshold(parser)
    parser.add_argument("--edition", default=None, metavar="DATE",
                        help=tr("keep the file as the registry's edition of DATE (YYYY-MM-DD); the latest edition "
                                "is the current registry"))
    parser.add_argument("csv", help=tr("the registry CSV (comma or semicolon, UTF-8 or Windows-1252)"))


def run(args) -> int:
    from ..maps.qgis_observations import import_actors
    from .terminal import TerminalFeedback

    threshold = args.threshold if args.threshold is not None else settings_module.load().obligated_threshold
    feedback = TerminalFeedback()
    try:
        report = import_actors(args.store, args.csv, feedback, threshold=threshold, edition=args.edition)
    finally:
        feedback.close()
    print("\n".join(report.lines()))
    return 0
