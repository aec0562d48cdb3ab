"""How fast one client may send messages: token buckets kept in the Rasa server's memory.

A person types a message every few seconds at most; a script can send thousands. Each
conversation id, and each client address, gets a bucket of `burst` messages that refills at
`per_minute`; a message that finds its bucket empty is refused (REST: 429 with Retry-After;
socket.io: a polite message) and never reaches the NLU. Buckets live in one process: with several
Rasa replicas each enforces its own share, which still bounds what one client can cost.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets by key. `allow(key)` returns 0 when a message may go ahead, else the seconds
    to wait before the next one would be allowed."""

    MAX_KEYS = 100_000  # forget idle buckets beyond this, so the limiter cannot itself grow unbounded

    def __init__(self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str) -> float:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.MAX_KEYS:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self.rate if self.rate else float("inf")

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled completely: they hold no information any more."""
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.updated) * self.rate >= self.burst]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= self.MAX_KEYS:  # all busy: drop the oldest half
            for key in sorted(self._buckets, key=lambda k: self._buckets[k].updated)[: self.MAX_KEYS // 2]:
                del self._buckets[key]
