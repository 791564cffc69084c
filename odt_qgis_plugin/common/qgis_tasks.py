"""Long operations as QgsTask: visible in QGIS's task manager, cancellable, never touching widgets."""
import logging
import traceback
from typing import Callable, Optional, Set

from qgis.core import QgsApplication, QgsFeedback, QgsTask

from .errors import OdtError
from .i18n import tr
from .progress import Feedback

LOG = logging.getLogger(__name__)

# QGIS holds tasks as C++ objects only: the Python side must be kept until the task has finished.
_RUNNING: Set["CoreTask"] = set()


class TaskFeedback(Feedback):
    """Core progress reports -> the task's progress bar; the task's cancel -> the core."""

    def __init__(self, task: QgsTask):
        self.task = task

    def set_progress(self, percent: float) -> None:
        self.task.setProgress(percent)

    def set_text(self, text: str) -> None:
        LOG.info(text)

    def is_canceled(self) -> bool:
        return self.task.isCanceled()


class QgsFeedbackAdapter(Feedback):
    """The same bridge for Processing algorithms, which receive a QgsFeedback."""

    def __init__(self, feedback: Optional[QgsFeedback]):
        self.feedback = feedback

    def set_progress(self, percent: float) -> None:
        if self.feedback:
            self.feedback.setProgress(percent)

    def set_text(self, text: str) -> None:
        if self.feedback and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(text)

    def is_canceled(self) -> bool:
        return bool(self.feedback and self.feedback.isCanceled())


class CoreTask(QgsTask):
    """Runs `work(feedback)` in the background; `done(result, error)` runs on the main thread."""

    def __init__(self, description: str, work: Callable, done: Callable):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.done = done
        self.result = None
        self.error: Optional[OdtError] = None

    def run(self) -> bool:
        try:
            self.result = self.work(TaskFeedback(self))
            return True
        except OdtError as error:
            self.error = error
            return False
        except Exception as error:  # noqa: BLE001 - an exception escaping QgsTask.run kills QGIS itself
            LOG.exception("unexpected error in task %s", self.description())
            self.error = OdtError(tr("Unexpected error: {error}").format(error=error), traceback.format_exc())
            return False

    def finished(self, ok: bool) -> None:
        if not ok and self.error is None:
            self.error = OdtError(tr("The task was cancelled or failed unexpectedly."))
        try:
            self.done(self.result if ok else None, self.error)
        finally:
            _RUNNING.discard(self)


def running() -> tuple:
    """The plugin's tasks that have not finished yet."""
    return tuple(_RUNNING)


def start(task: CoreTask) -> CoreTask:
    """Hand a task to QGIS's task manager and keep it alive until its `done` has run."""
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task
