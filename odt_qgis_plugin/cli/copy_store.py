"""copy-store: copy a store between a GeoPackage and PostgreSQL/PostGIS, then compare row counts."""
import sys

from ..common.i18n import QT_TR_NOOP, tr

NAME = "copy-store"
HELP = QT_TR_NOOP("Copy a store (GeoPackage or PostgreSQL) into another one, replacing it, and check the row counts.")


def add_arguments(parser) -> None:
    parser.add_argument("--from", dest="source", required=True,
                        help=tr("the store to copy: a .gpkg, postgresql://..., or service=NAME [schema=...]"))
    parser.add_argument("--to", dest="target", required=True, help=tr("the store to write (replaced whole)"))
    parser.add_argument("--force", action="store_true",
                        help=tr("replace even a newer store, one made by another program, or one holding tables "
                                "the source lacks"))


def run(args) -> int:
    from ..store.qgis_copy import copy_store
    from .terminal import TerminalFeedback

    feedback = TerminalFeedback()
    try:
        report = copy_store(args.source, args.target, feedback, force=args.force)
    finally:
        feedback.close()
    print("\n".join(report.lines()))
    if report.mismatches():
        print(tr("Error: the copy differs for {tables}").format(tables=", ".join(report.mismatches())), file=sys.stderr)
        return 1
    return 0
