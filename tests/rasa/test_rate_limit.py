"""Token buckets (bot/rasa/rate_limit.py) with a clock the test moves."""

from __future__ import annotations

from bot.rasa.rate_limit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_refill_at_the_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=30, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.allow("a")
    assert 1.9 < wait <= 2.0  # one message every two seconds
    assert limiter.allow("b") == 0.0  # another client is not affected
    clock.now += 2.0
    assert limiter.allow("a") == 0.0
    assert limiter.allow("a") > 0


def test_idle_buckets_are_forgotten_so_memory_stays_bounded() -> None:
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=2, clock=clock)
    limiter.MAX_KEYS = 10
    for i in range(10):
        limiter.allow(f"k{i}")
    clock.now += 120  # all full again
    limiter.allow("new")
    assert len(limiter._buckets) == 1
    for i in range(30):  # all busy: the oldest half goes
        limiter.allow(f"busy{i}")
    assert len(limiter._buckets) <= 10


def test_a_client_address_is_limited_across_its_conversations_but_the_machine_itself_is_not() -> None:
    from bot import settings
    from bot.rasa.channels import Limits, client_address

    limits = Limits()
    waits = [limits.wait(f"conversation-{i}", "203.0.113.5") for i in range(settings.current().rate_limit_ip_burst + 1)]
    assert waits[:-1] == [0.0] * settings.current().rate_limit_ip_burst and waits[-1] > 0
    assert all(limits.wait(f"local-{i}", "127.0.0.1") == 0.0 for i in range(settings.current().rate_limit_ip_burst + 5))
    assert client_address("198.51.100.7, 10.0.0.1", "127.0.0.1") == "127.0.0.1"  # X-Forwarded-For not trusted by default
