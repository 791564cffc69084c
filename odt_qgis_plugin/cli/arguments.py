"""Arguments several commands share."""
from ..common.i18n import tr


def add_store(parser) -> None:
    parser.add_argument("--store", required=True,
                        help=tr("the store: a .gpkg file, or a PostgreSQL location "
                                "(postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)"))
