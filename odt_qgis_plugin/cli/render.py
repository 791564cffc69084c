"""render: a quick PNG map with title, legend, scale bar and sources, to paste in a slide."""
from ..common.i18n import QT_TR_NOOP, tr
from ..indicators.measures import IDS as MEASURE_IDS
from .arguments import add_store, number

NAME = "render"
HELP = QT_TR_NOOP("A quick PNG map (France, or one région or département) with title, legend, scale and sources.")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("--layer", action="append", dest="layers",
                        help=tr("layer to draw (repeatable; default: regions)"))
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--region", help=tr("INSEE code of a région"))
    scope.add_argument("--departement", help=tr("INSEE code of a département"))
    parser.add_argument("--measure", help=tr("measure of the coloured layer: {choices} (default: the first)").format(
        choices=", ".join(MEASURE_IDS)))
    parser.add_argument("--width", type=number("width"), default=1600)
    parser.add_argument("--height", type=number("height"), default=1200)
    parser.add_argument("--out", required=True, help=tr("PNG file to write"))


def run(args) -> int:
    from ..common.levels import normalise_code
    from ..layouts.qgis_quick_map import render_map
    from ..store.db import open_store

    open_store(args.store)  # a clear message when the store is missing or not ours
    region = normalise_code("region", args.region) or None
    departement = normalise_code("departement", args.departement) or None
    path = render_map(args.store, args.out, args.layers, region, departement, args.width, args.height, args.measure)
    print(tr("Map written: {path}").format(path=path))
    return 0
