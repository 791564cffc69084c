"""Arguments several commands share, and the argparse types that check numbers at the door."""
import argparse

from ..common import bounds
from ..common.errors import InputError
from ..common.i18n import tr


def add_store(parser) -> None:
    parser.add_argument("--store", required=True,
                        help=tr("the store: a .gpkg file, or a PostgreSQL location "
                                "(postgresql://user@host/db?schema=odt, service=NAME, authcfg=ID)"))


def number(name: str):
    """An argparse type for the option whose range common/bounds.py defines under `name`:
    inf, nan and out-of-range values end the command with one line and exit code 2."""

    def parse(text: str):
        try:
            return bounds.parse(name, text)
        except InputError as error:
            raise argparse.ArgumentTypeError(error.message) from None

    parse.__name__ = name
    return parse


def add_threshold(parser) -> None:
    parser.add_argument("--threshold", type=number("threshold"), default=None,
                        help=tr("population from which a commune must open its data (default: setting, 3500)"))
