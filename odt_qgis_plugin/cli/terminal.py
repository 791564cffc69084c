"""Progress on a terminal: a bar on stderr when it is a TTY, a few plain lines otherwise."""
import sys
import time

from ..core.progress import Feedback


class TerminalFeedback(Feedback):
    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.text = ""
        self.percent = 0.0
        self.last_print = 0.0
        self.last_decile = -1

    def set_text(self, text: str) -> None:
        self.text = text
        if not self.tty:
            print(text, file=self.stream, flush=True)
        self._draw()

    def set_progress(self, percent: float) -> None:
        self.percent = percent
        now = time.monotonic()
        if self.tty and now - self.last_print > 0.1:
            self.last_print = now
            self._draw()
        elif not self.tty and int(percent // 10) > self.last_decile:
            self.last_decile = int(percent // 10)
            print(f"  {percent:3.0f} %", file=self.stream, flush=True)

    def _draw(self) -> None:
        if not self.tty:
            return
        filled = int(self.width * self.percent / 100)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {self.percent:5.1f} %  {self.text[:60]:<60}")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
