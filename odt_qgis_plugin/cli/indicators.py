"""indicators: the indicator tables for France, one région or one département, as JSON, CSV or a spreadsheet CSV."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store, add_threshold

NAME = "indicators"
HELP = QT_TR_NOOP("Compute the observatory's indicator tables for France, a région or a département.")


def add_arguments(parser) -> None:
    add_store(parser)
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--region", help=tr("INSEE code of a région, e.g. 52"))
    scope.add_argument("--departement", help=tr("code of a département, e.g. 44 or 2A"))
    parser.add_argument("--format", choices=("json", "csv"), default="json",
                        help=tr("json, or csv for scripts (one table column, English machine values)"))
    parser.add_argument("--excel", action="store_true",
                        help=tr("a CSV for spreadsheets instead: one section per table, headers in words; in French "
                                "semicolons, decimal commas and a byte order mark"))
    add_threshold(parser)
    parser.add_argument("--out", required=True, help=tr("file to write, or - for standard output"))


def run(args) -> int:
    from ..indicators.indicator_files import indicators_text, write_indicators

    threshold = args.threshold if args.threshold is not None else settings_module.load().obligated_threshold
    fmt = "excel" if args.excel else args.format
    if args.out == "-":
        print(indicators_text(args.store, fmt, args.region, args.departement, threshold), end="")
    else:
        write_indicators(args.store, args.out, fmt, args.region, args.departement, threshold)
    return 0
