"""render: a quick PNG of store layers, for checks and scripts."""
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "render"
HELP = QT_TR_NOOP("Render store layers to a PNG image (France, or one région or département).")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("--layer", action="append", dest="layers",
                        help=tr("layer to draw (repeatable; default: all territory layers)"))
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--region", help=tr("INSEE code of a région"))
    scope.add_argument("--departement", help=tr("INSEE code of a département"))
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1200)
    parser.add_argument("--out", required=True, help=tr("PNG file to write"))


def run(args) -> int:
    from ..maps.qgis_render import render_png
    from ..store.db import open_store

    open_store(args.store)  # a clear message when the store is missing or not ours
    path = render_png(args.store, args.out, args.layers, args.region, args.departement, args.width, args.height)
    print(tr("Map written: {path}").format(path=path))
    return 0
