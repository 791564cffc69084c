"""Where a command writes: checked before any work starts, and what a killed run left there removed later.

Every output (a store, a map, a layout, indicator tables) is written under a temporary name beside
it, then renamed over it: a reader never sees half a file. Temporary names carry their writer's
PID and host (`.map.png.part-4242-1a2b3c-9f8e7d6c`, `.odt-export-4242-1a2b3c-…`), so that the next
run in that folder can tell a leftover of a killed command from the work of one still running.
"""
import hashlib
import os
import shutil
import socket
import tempfile
import time
import uuid
from pathlib import Path
from typing import List

from .errors import InputError
from .i18n import tr

# A temporary of another machine (a shared folder) or whose owner cannot be asked is a leftover after this.
FOREIGN_AGE = 24 * 3600.0
EXPORT_PREFIX = ".odt-export-"


def check_output(out) -> Path:
    """The output file, or one line saying why it cannot be written; nothing is written either way."""
    if not out or not str(out).strip():
        raise InputError(tr("Choose an output file."))
    path = Path(out)
    if path.is_dir():
        raise InputError(tr("The output is a folder, not a file: {path}").format(path=out))
    folder = path.resolve().parent
    if not folder.is_dir():
        raise InputError(tr("Output folder does not exist: {path}").format(path=folder))
    if not writable(folder) or (path.exists() and not os.access(str(path), os.W_OK)):
        raise InputError(tr("Output folder is not writable: {path}").format(path=folder))
    return path


def writable(folder: Path) -> bool:
    """Whether a file can be created there: tried, since permissions alone lie (root, read-only mounts, ACLs)."""
    try:
        handle, name = tempfile.mkstemp(prefix=".odt-probe-", dir=str(folder))
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


def tag() -> str:
    """PID, host and a random part: what temporary names carry."""
    return f"{os.getpid()}-{_host()}-{uuid.uuid4().hex[:8]}"


def partial(path: Path) -> Path:
    """The temporary name `path` is written under before being renamed over it."""
    return path.with_name(f".{path.name}.part-{tag()}")


def clean_partials(path: Path) -> List[str]:
    """Temporaries of `path` that killed commands left (and the `NAME.part.EXT` of older versions)."""
    removed = clean_leftovers(path.parent, f".{path.name}.part-")
    legacy = path.with_name(path.stem + ".part" + path.suffix)
    if legacy.is_file():
        legacy.unlink()
        removed.append(legacy.name)
    return removed


def write_text(path: Path, text: str) -> Path:
    """`text` into `path` whole or not at all (UTF-8, line ends as given: the CSV module writes its own)."""
    clean_partials(path)
    temporary = partial(path)
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(str(temporary), str(path))
    finally:
        if temporary.exists():
            temporary.unlink()
    return path


def work_folder(parent: Path, prefix: str = EXPORT_PREFIX) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{tag()}-", dir=str(parent)))


def clean_leftovers(folder: Path, prefix: str) -> List[str]:
    """Remove the files and folders named `prefix…` whose writer is gone; returns their names."""
    removed = []
    try:
        entries = [entry for entry in Path(folder).iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return removed
    for entry in entries:
        if _alive(entry.name[len(prefix):], entry):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(str(entry))
            else:
                entry.unlink()
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def _alive(rest: str, entry: Path) -> bool:
    parts = rest.split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1] == _host() and os.name != "nt":
        return _pid_alive(int(parts[0]))
    try:  # another host's, or an older version's name without PID: judged by its age
        return time.time() - entry.stat().st_mtime < FOREIGN_AGE
    except OSError:
        return True


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _host() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8")).hexdigest()[:6]
