"""Whether a dataset is under an open licence, in an open machine-readable format, and recently updated.

Each answer is True, False or None (unknown: nothing declared, or a value no rule recognises); measures
count the unknown apart and never as "no".
"""
from datetime import date
from typing import Iterable, Optional

# Filled by the SCDL/openness work: rules and their sources are documented in the README.
OPEN_LICENCES = ()
CLOSED_LICENCES = ()
OPEN_FORMATS = ()
CLOSED_FORMATS = ()
FRESH_MONTHS = 12


def licence_is_open(licence: str) -> Optional[bool]:
    raise NotImplementedError


def format_is_open(formats: Iterable[str]) -> Optional[bool]:
    """True when at least one format is open and machine-readable."""
    raise NotImplementedError


def is_fresh(modified: Optional[str], as_of: date, months: int = FRESH_MONTHS) -> Optional[bool]:
    raise NotImplementedError
