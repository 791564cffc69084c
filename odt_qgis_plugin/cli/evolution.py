"""evolution: a territory's engaged collectivities, obligated scope, population covered and datasets over time."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "evolution"
HELP = QT_TR_NOOP("Evolution of France, a région, a département or an EPCI across the registry's editions and the "
                  "complete harvests: figures, changes, who joined and who left; JSON, CSV or a council page (PDF).")


def add_arguments(parser) -> None:
    add_store(parser)
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--region", help=tr("INSEE code of a région, e.g. 52"))
    scope.add_argument("--departement", help=tr("code of a département, e.g. 44 or 2A"))
    scope.add_argument("--epci", help=tr("SIREN of an EPCI"))
    parser.add_argument("--format", choices=("json", "csv", "pdf"), default="json",
                        help=tr("json or csv (the figures), pdf (the council page, --out required)"))
    parser.add_argument("--threshold", type=int, default=None,
                        help=tr("population from which a commune must open its data (default: setting, 3500)"))
    parser.add_argument("--out", default="-", help=tr("file to write, or - for standard output (json, csv)"))


def run(args) -> int:
    from ..common.errors import InputError
    from ..evolution.evolution_files import evolution_text, write_evolution
    from ..indicators.key_figures import Scope
    from ..store.db import open_store

    threshold = args.threshold if args.threshold is not None else settings_module.load().obligated_threshold
    if threshold < 0:
        raise InputError(tr("The threshold must be zero or more"))
    scope = Scope(args.region or None, args.departement or None, args.epci or None)
    if args.format == "pdf":
        if args.out == "-":
            raise InputError(tr("The council page needs a file: --out FILE.pdf"))
        from ..evolution.qgis_evolution_page import export_page

        open_store(args.store)  # a clear message when the store is missing or not ours
        print(tr("Evolution page written: {path}").format(path=export_page(args.store, args.out, scope, threshold)))
    elif args.out == "-":
        print(evolution_text(args.store, args.format, scope, threshold), end="")
    else:
        write_evolution(args.store, args.out, args.format, scope, threshold)
    return 0
