"""Progress on a terminal: a bar on stderr when it is a TTY, a few plain lines otherwise.

Nothing is shown during the first second: quick commands, and bad input refused at once,
print only their result or their one-line error.
"""
import sys
import time

from ..common.progress import Feedback

QUIET_SECONDS = 1.0


class TerminalFeedback(Feedback):
    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.text = ""
        self.printed_text = None
        self.percent = 0.0
        self.last_draw = 0.0
        self.last_decile = -1
        self.drawn = False

    def set_text(self, text: str) -> None:
        self.text = text
        self._show()

    def set_progress(self, percent: float) -> None:
        self.percent = percent
        self._show()

    def _show(self) -> None:
        now = time.monotonic()
        if now - self.started < QUIET_SECONDS:
            return
        if self.tty:
            if now - self.last_draw > 0.1:
                self.last_draw = now
                self._draw()
            return
        if self.text != self.printed_text:
            self.printed_text = self.text
            print(self.text, file=self.stream, flush=True)
        if int(self.percent // 10) > self.last_decile:
            self.last_decile = int(self.percent // 10)
            print(f"  {self.percent:3.0f} %", file=self.stream, flush=True)

    def _draw(self) -> None:
        filled = int(self.width * self.percent / 100)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {self.percent:5.1f} %  {self.text[:60]:<60}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
