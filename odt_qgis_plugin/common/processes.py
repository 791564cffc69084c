"""Which process runs a long operation, and whether it still runs: a run left open by a killed process is closed."""
import os
import socket
import sys


def this_process() -> dict:
    return {"pid": os.getpid(), "hostname": socket.gethostname()}


def is_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (an id reused by another program counts as alive)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks; on Windows os.kill would terminate, hence the branch above
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


def _windows_alive(pid: int) -> bool:
    import ctypes

    kernel = ctypes.windll.kernel32
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return kernel.GetLastError() == access_denied
    try:
        code = ctypes.c_ulong()
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel.CloseHandle(handle)


def is_dead(pid, hostname) -> bool:
    """A run recorded by (pid, hostname) whose process has certainly ended: on this machine and not running,
    or recorded without a process (by a version that did not record it). Another machine's runs are unknown."""
    if pid is None:
        return True
    if hostname != socket.gethostname():
        return False
    try:
        return not is_alive(int(pid))
    except (TypeError, ValueError):
        return True
