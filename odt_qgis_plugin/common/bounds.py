"""The accepted range of every numeric option, checked alike by the command line, Processing and the core."""
import math
from dataclasses import dataclass
from typing import Dict

from .errors import InputError
from .i18n import tr


@dataclass(frozen=True)
class Bound:
    low: float
    high: float
    integer: bool = False
    low_open: bool = False  # the lowest value itself is refused (a timeout of 0 s means nothing)

    def describe(self) -> str:
        low = _plain(self.low)
        if self.low_open:
            return tr("a number above {low} and at most {high}").format(low=low, high=_plain(self.high))
        if self.integer:
            return tr("a whole number from {low} to {high}").format(low=low, high=_plain(self.high))
        return tr("a number from {low} to {high}").format(low=low, high=_plain(self.high))


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


BOUNDS: Dict[str, Bound] = {
    "concurrency": Bound(1, 256, integer=True),
    "per_host": Bound(1, 64, integer=True),
    "timeout": Bound(0, 3600, low_open=True),  # seconds, one request
    "actor_timeout": Bound(0, 86400, low_open=True),  # seconds, all the requests of one actor on one platform
    "max_retry_after": Bound(0, 86400),  # seconds
    "retries": Bound(0, 10, integer=True),
    "backoff_base": Bound(0, 600),
    "backoff_max": Bound(0, 3600),
    "breaker_threshold": Bound(1, 1000, integer=True),
    "breaker_cooldown": Bound(0, 86400),
    "max_bytes": Bound(1024, 10 * 1024 ** 3, integer=True),
    "only_stale": Bound(0, 36500, low_open=True),  # days
    "max_datasets": Bound(1, 1_000_000, integer=True),  # datasets listed per actor and platform
    "threshold": Bound(0, 10_000_000, integer=True),  # inhabitants
    "threads": Bound(1, 64, integer=True),
    "validation_sample": Bound(1, 1000, integer=True),  # resources sent to the validation service per run
    "width": Bound(16, 20000, integer=True),  # pixels
    "height": Bound(16, 20000, integer=True),
}


def parse(name: str, text) -> float:
    """`text` (a string or a number) as the option `name` accepts it, or InputError saying what is accepted."""
    bound = BOUNDS[name]
    try:
        value = float(text.strip() if isinstance(text, str) else text)
    except (TypeError, ValueError):
        value = math.nan
    fits = math.isfinite(value) and bound.low <= value <= bound.high and not (bound.low_open and value <= bound.low)
    if fits and bound.integer and not value.is_integer():
        fits = False
    if not fits:
        raise InputError(tr("expected {what}, got {value!r}").format(what=bound.describe(), value=text))
    return int(value) if bound.integer else value


def check(name: str, value, label: str = "") -> float:
    """Like parse(), with the option's name in the message (for values that did not come from a command line)."""
    try:
        return parse(name, value)
    except InputError as error:
        raise InputError(f"{label or name}: {error.message}") from None
