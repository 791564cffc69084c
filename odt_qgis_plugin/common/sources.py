"""Reading inputs that may be a local path or an http(s) URL."""
import json
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urlsplit

from .errors import InputError
from .i18n import tr

Fetch = Callable[[str], bytes]


def is_url(location: str) -> bool:
    return "://" in str(location)


def check_url(url: str) -> str:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(tr("Only http and https addresses are accepted: {url}").format(url=url))
    return url


def join(location: str, name: str) -> str:
    """A file inside a folder or under a base URL."""
    if is_url(location):
        return location.rstrip("/") + "/" + name
    return str(Path(location) / name)


def read_bytes(location: str, fetch: Optional[Fetch] = None) -> bytes:
    if is_url(location):
        check_url(location)
        if fetch is None:
            raise InputError(tr("No network access configured to read {url}").format(url=location))
        return fetch(location)
    path = Path(location)
    if not path.is_file():
        raise InputError(tr("File not found: {path}").format(path=location))
    return path.read_bytes()


def read_json(location: str, fetch: Optional[Fetch] = None):
    data = read_bytes(location, fetch)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(tr("{path} is not UTF-8 text").format(path=location)) from None
    except RecursionError:
        raise InputError(tr("{path} is JSON nested too deeply").format(path=location)) from None
    except json.JSONDecodeError as error:
        raise InputError(
            tr("{path} is not valid JSON (line {line}, column {col}: {msg})").format(
                path=location, line=error.lineno, col=error.colno, msg=error.msg
            )
        ) from None
