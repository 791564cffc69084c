"""Core work run as a QgsTask: progress, result on the main thread, errors and cancel reported."""
import time

from qgis.core import QgsApplication, QgsTask

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.common.qgis_tasks import CoreTask


def run_to_end(qgis_app, task, cancel_after=None):
    outcome = {}
    original = task.done
    task.done = lambda result, error: (outcome.update(result=result, error=error), original(result, error))
    QgsApplication.taskManager().addTask(task)
    start = time.monotonic()
    while "error" not in outcome and time.monotonic() - start < 20:
        if cancel_after is not None and time.monotonic() - start > cancel_after:
            task.cancel()
        qgis_app.processEvents()
        time.sleep(0.01)
    return outcome


def test_result_reaches_the_finished_callback(qgis_app):
    def work(feedback):
        for step in range(5):
            feedback.set_progress(step * 20)
        return 42

    task = CoreTask("answer", work, lambda result, error: None)
    assert task.flags() & QgsTask.Flag.CanCancel
    assert run_to_end(qgis_app, task) == {"result": 42, "error": None}


def test_input_error_is_reported_not_raised(qgis_app):
    def work(feedback):
        raise InputError("File not found: x.csv")

    outcome = run_to_end(qgis_app, CoreTask("fail", work, lambda result, error: None))
    assert outcome["result"] is None and outcome["error"].message == "File not found: x.csv"


def test_cancel_stops_the_core_loop(qgis_app):
    def work(feedback):
        for _ in range(2000):
            time.sleep(0.005)
            feedback.check()
        return "finished"

    outcome = run_to_end(qgis_app, CoreTask("long", work, lambda result, error: None), cancel_after=0.2)
    assert outcome["result"] is None
    assert "cancelled" in outcome["error"].message.lower()
