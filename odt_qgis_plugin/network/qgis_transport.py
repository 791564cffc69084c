"""The harvest's transport inside QGIS: QgsBlockingNetworkRequest, so QGIS's proxy and
authentication configurations apply; same `get(url, headers) -> Response` as RequestsTransport.

QgsBlockingNetworkRequest may be used from any thread (one object per request here). Its own
redirect following has no hop limit and follows file:// targets, so redirects are left to Qt
(NoLessSafeRedirectPolicy, at most 5 hops: http(s) only, never https -> http).
"""

import threading
from typing import Dict, Optional

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QMetaObject, Qt, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..common import about
from ..common.i18n import tr
from .gateway import (
    MAX_BYTES,
    MAX_REDIRECTS,
    TIMEOUT,
    BadScheme,
    ConnectionFailed,
    DnsFailed,
    RedirectLoop,
    RequestTimeout,
    Response,
    TooLarge,
    checked_url,
    fetcher,
)


# Marks our requests for the preprocessor (a request attribute, so nothing extra goes on the wire).
def _user_attribute(offset: int):
    base = QNetworkRequest.Attribute.User
    # sip enums (PyQt5) are ints; PyQt6 enums carry their number in .value
    return QNetworkRequest.Attribute(getattr(base, "value", base) + offset)


_MARK = _user_attribute(4207)
_PREPROCESSOR = {"id": None}
_LOCK = threading.Lock()


def _name_the_plugin(request: QNetworkRequest) -> None:
    """QGIS sets its own User-Agent on every request; ours append the plugin's name and version."""
    if request.attribute(_MARK) == "odt":
        agent = bytes(request.rawHeader(b"User-Agent")).decode("latin-1")
        request.setRawHeader(b"User-Agent", f"{agent} {about.user_agent()}".strip().encode("latin-1"))


def install_user_agent() -> None:
    with _LOCK:
        if _PREPROCESSOR["id"] is None:
            _PREPROCESSOR["id"] = QgsNetworkAccessManager.setRequestPreprocessor(_name_the_plugin)


def uninstall_user_agent() -> None:
    """For the plugin's unload()."""
    with _LOCK:
        if _PREPROCESSOR["id"] is not None:
            QgsNetworkAccessManager.removeRequestPreprocessor(_PREPROCESSOR["id"])
            _PREPROCESSOR["id"] = None


_REDIRECT_ERRORS = {
    QNetworkReply.NetworkError.TooManyRedirectsError: RedirectLoop,
    QNetworkReply.NetworkError.InsecureRedirectError: BadScheme,
    QNetworkReply.NetworkError.ProtocolUnknownError: BadScheme,
}


class _Canceller:
    """Cancels a request from the deadline's timer thread.

    In a worker thread, `feedback.cancel()` called from another thread reaches QGIS's two cancel
    slots as two queued calls, and now and then the request never ends (seen with 4+ requests in
    flight); asking the request's own thread to cancel (a queued call of the `cancel` slot) ends it
    every time. A request made from the main thread runs in a thread of QGIS's own while the main
    thread waits without an event loop: there the direct call is the one that arrives.
    """

    RETRY = 2.0  # seconds before the direct call is tried too, should the queued one not arrive

    def __init__(self, feedback: QgsFeedback):
        self.feedback = feedback
        self.lock = threading.Lock()
        self.finished = False
        application = QCoreApplication.instance()
        self.main_thread = application is not None and QThread.currentThread() == application.thread()

    def cancel(self) -> None:
        with self.lock:  # the feedback is not destroyed while we post to it
            if self.finished:
                return
            if self.main_thread:
                self.feedback.cancel()
            else:
                QMetaObject.invokeMethod(self.feedback, "cancel", Qt.ConnectionType.QueuedConnection)
        if not self.main_thread:
            fallback = threading.Timer(self.RETRY, self._direct)
            fallback.daemon = True
            fallback.start()

    def _direct(self) -> None:
        with self.lock:
            if not self.finished:
                self.feedback.cancel()

    def done(self) -> None:
        with self.lock:
            self.finished = True


class QgisTransport:
    def __init__(
        self,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        authcfg: str = "",
        max_redirects: int = MAX_REDIRECTS,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.authcfg = authcfg
        self.max_redirects = max_redirects
        install_user_agent()

    def _request(self, url: str, headers: Optional[Dict[str, str]]) -> QNetworkRequest:
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy
        )
        request.setMaximumRedirectsAllowed(self.max_redirects)
        request.setAttribute(_MARK, "odt")
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        return request

    def get(self, url: str, headers: Optional[Dict[str, str]] = None, timeout: Optional[float] = None) -> Response:
        """`timeout` (at most the transport's own) bounds the whole request: connect, headers, body, redirects."""
        checked_url(url)
        seconds = self.timeout if timeout is None else min(self.timeout, timeout)
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        # QGIS's network timeout is one global setting, restarted by every byte: a per-request deadline cancels.
        feedback = QgsFeedback()
        why = {}
        canceller = _Canceller(feedback)

        def progress(received, total):
            if received > self.max_bytes or total > self.max_bytes:
                why.setdefault("reason", "too_large")
                feedback.cancel()  # this thread: direct

        def expire():
            why.setdefault("reason", "timeout")
            canceller.cancel()

        blocking.downloadProgress.connect(progress)
        timer = threading.Timer(max(seconds, 0.0), expire)
        timer.daemon = True
        timer.start()
        try:
            code = blocking.get(self._request(url, headers), True, feedback)
        finally:
            timer.cancel()
            canceller.done()
        reply = blocking.reply()
        if why.get("reason") == "too_large":
            raise TooLarge(tr("Response too large from {url}").format(url=url))
        if why.get("reason") == "timeout":
            raise RequestTimeout(tr("Timed out: {url}").format(url=url))
        error = _REDIRECT_ERRORS.get(reply.error())
        if error is not None:
            raise error(tr("Refused redirect from {url}: {reason}").format(url=url, reason=blocking.errorMessage()))
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if code != QgsBlockingNetworkRequest.ErrorCode.NoError and not status:
            if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError:
                raise RequestTimeout(tr("Timed out: {url}").format(url=url))
            if reply.error() == QNetworkReply.NetworkError.HostNotFoundError:
                raise DnsFailed(tr("Host name not found: {url}").format(url=url))
            raise ConnectionFailed(tr("Cannot reach {url}: {reason}").format(url=url, reason=blocking.errorMessage()))
        body = bytes(reply.content())
        if len(body) > self.max_bytes:
            raise TooLarge(tr("Response too large from {url}").format(url=url))
        final = reply.request().url().toString() or url
        headers_out = {
            bytes(name).decode("latin-1"): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()
        }
        return Response(checked_url(final), int(status), body, headers_out)


def qgis_fetch():
    """fetch(url) -> bytes through QgsBlockingNetworkRequest, for the plugin and Processing."""
    return fetcher(QgisTransport())
