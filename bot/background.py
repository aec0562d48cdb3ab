"""A job run now and then every so often in a daemon thread: the launcher's retention purge and
outbox worker. One thread per job per process; a failing run is logged and the next one retries."""

from __future__ import annotations

import logging
import threading
from typing import Callable

logger = logging.getLogger(__name__)


class Periodic:
    def __init__(self, name: str, job: Callable[[], object]) -> None:
        self.name = name
        self.job = job
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> None:
        try:
            self.job()
        except Exception:  # the database may be down for a moment: the next run retries
            logger.exception("Background job %s failed", self.name)

    def start(self, interval_seconds: float, run_now_in_caller: bool = False) -> threading.Thread:
        """Run the job (in the caller first if asked), then every `interval_seconds`."""
        if run_now_in_caller:
            self.run_once()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()

                def loop() -> None:
                    if not run_now_in_caller:
                        self.run_once()
                    while not self._stop.wait(interval_seconds):
                        self.run_once()

                self._thread = threading.Thread(target=loop, name=self.name, daemon=True)
                self._thread.start()
            return self._thread

    def stop(self, timeout: float = 15) -> None:
        with self._lock:
            self._stop.set()
            if self._thread is not None:
                self._thread.join(timeout)
            self._thread = None
