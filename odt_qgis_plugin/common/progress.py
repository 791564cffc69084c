"""How long operations report progress and learn that the user cancelled."""
from .errors import Cancelled
from .i18n import tr


class Feedback:
    """Silent feedback; shells pass a terminal bar or a QgsFeedback adapter instead."""

    def set_progress(self, percent: float) -> None:
        pass

    def set_text(self, text: str) -> None:
        pass

    def is_canceled(self) -> bool:
        return False

    def check(self) -> None:
        if self.is_canceled():
            raise Cancelled(tr("Operation cancelled by the user."))


class Steps:
    """Maps the progress of sub-steps onto one 0-100 scale, by weight."""

    def __init__(self, feedback: Feedback, weights: dict):
        self.feedback = feedback
        self.weights = weights
        self.total = float(sum(weights.values()))
        self.done = 0.0
        self.current = None

    def start(self, name: str, text: str) -> None:
        if self.current is not None:
            self.done += self.weights[self.current]
        self.current = name
        self.feedback.check()
        self.feedback.set_text(text)
        self.feedback.set_progress(100.0 * self.done / self.total)

    def advance(self, fraction: float) -> None:
        share = self.weights[self.current] * min(max(fraction, 0.0), 1.0)
        self.feedback.set_progress(100.0 * (self.done + share) / self.total)
        self.feedback.check()

    def finish(self) -> None:
        self.feedback.set_progress(100.0)

    def share(self) -> "Feedback":
        """A feedback for the current step's own 0-100 progress, mapped into the whole scale."""
        return _StepFeedback(self)


class _StepFeedback(Feedback):
    def __init__(self, steps: Steps):
        self.steps = steps

    def set_progress(self, percent: float) -> None:
        self.steps.advance(percent / 100.0)

    def set_text(self, text: str) -> None:
        self.steps.feedback.set_text(text)

    def is_canceled(self) -> bool:
        return self.steps.feedback.is_canceled()
