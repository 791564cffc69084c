"""build-store: the territory store from the reference, the SIREN list and boundaries."""

from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr

NAME = "build-store"
HELP = QT_TR_NOOP("Build the territory store (communes, EPCI, départements, régions) into a GeoPackage.")


def add_arguments(parser) -> None:
    defaults = settings_module.load()
    parser.add_argument(
        "--reference",
        default=defaults.reference_dir,
        help=tr("folder or base URL of decoupage-administratif JSON files"),
    )
    parser.add_argument(
        "--sirens", default=defaults.sirens_csv, help=tr("CSV of département and région SIREN (path or URL)")
    )
    parser.add_argument(
        "--boundaries",
        default=defaults.boundaries_dir,
        help=tr("folder like admin-express-2018, any OGR file, or a geo.api.gouv.fr base URL"),
    )
    parser.add_argument("--field-map", default=None, help=tr("boundary fields, e.g. code=INSEE_COM,name=NOM"))
    parser.add_argument("--out", required=True, help=tr("the store to write: a .gpkg file or a PostgreSQL location"))
    parser.add_argument("--force", action="store_true",
                        help=tr("replace even a newer store or one made by another program, and build even "
                                "implausible territories"))


def run(args) -> int:
    from ..network.gateway import RequestsTransport, fetcher
    from ..store.qgis_boundaries import parse_field_map
    from ..store.qgis_build import build_store
    from .terminal import TerminalFeedback

    field_map = parse_field_map(args.field_map)
    defaults = settings_module.load()
    feedback = TerminalFeedback()
    try:
        summary = build_store(
            args.reference,
            args.sirens,
            args.boundaries,
            args.out,
            field_map,
            fetch=fetcher(RequestsTransport()),
            feedback=feedback,
            threads=defaults.threads,
            threshold=defaults.obligated_threshold,
            force=args.force,
        )
    finally:
        feedback.close()
    print("\n".join(summary.lines()))
    return 0
