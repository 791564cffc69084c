"""export: a council layout (A4/A3 page or atlas) as PDF, PNG or SVG."""

from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from ..indicators.measures import IDS as MEASURE_IDS
from .arguments import add_store

NAME = "export"
HELP = QT_TR_NOOP(
    "Export a council layout of France, a région or a département (one page or an atlas) as PDF, PNG or SVG."
)


def add_arguments(parser) -> None:
    # No argparse `choices`: a wrong value gets the same one-line reason as in QGIS (layouts/layout_request.py).
    add_store(parser)
    parser.add_argument("--template", required=True, help="a4-portrait, a4-landscape, a3-landscape, mutualisation")
    parser.add_argument("--territory", default="france", help=tr("france, region:CODE or departement:CODE"))
    parser.add_argument("--atlas", help=tr("one page per region, departement or epci of the territory"))
    parser.add_argument("--format", default="pdf", help="pdf, png, svg")
    parser.add_argument("--preset", default="print", help=tr("print (vector, 300 dpi) or light (for e-mail)"))
    parser.add_argument("--chart", default="type", help=tr("chart by collectivity type (type) or population (size)"))
    parser.add_argument("--measure", help=tr("measure of the map: {choices} (default: the first)").format(
        choices=", ".join(MEASURE_IDS)))
    parser.add_argument(
        "--out", required=True, help=tr("file to write (an atlas in PNG or SVG writes NAME-CODE files)")
    )


def run(args) -> int:
    from ..layouts.layout_request import ExportRequest
    from ..layouts.qgis_layouts import describe, export_layout
    from .terminal import TerminalFeedback

    request = ExportRequest(
        store=args.store,
        template=args.template,
        territory=args.territory,
        fmt=args.format,
        out=args.out,
        atlas=args.atlas,
        preset=args.preset,
        chart=args.chart,
        measure=args.measure,
        threshold=settings_module.load().obligated_threshold,
    )
    feedback = TerminalFeedback()
    try:
        paths = export_layout(request, feedback)
    finally:
        feedback.close()
    for line in describe(paths):
        print(line)
    return 0
