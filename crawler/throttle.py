"""Politeness timing: the adaptive delay, Retry-After, backoff, and the per-host gate.

:func:`next_delay` is pure (AutoThrottle-style, Scrapy ``AutoThrottle._adjust_delay``), so it is
tested without a network. :class:`HostGate` lets one request at a time go to a host and keeps
the gap between the end of one and the start of the next at least the host's current delay.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def next_delay(previous: float, latency: float, status: int, floor: float, ceiling: float) -> float:
    """The delay before the next request to a host, from the last response.

    Args:
        previous: the delay used so far, in seconds.
        latency: how long the last response took, in seconds.
        status: its HTTP status (0 for a network error).
        floor: the smallest allowed delay (configured delay, robots.txt Crawl-delay).
        ceiling: the largest delay.

    Returns:
        The average of the previous delay and the latency (one request in flight), never
        lowered after an error response, doubled after 429/503, kept within [floor, ceiling].
    """
    target = max(latency, 0.0)
    delay = (previous + target) / 2.0
    if status in (429, 503):
        delay = max(previous * 2.0, delay)
    elif (status == 0 or status >= 400) and delay < previous:
        delay = previous
    return min(max(delay, floor), max(ceiling, floor))


def with_jitter(delay: float, fraction: float, rand: Callable[[], float] = random.random) -> float:
    """``delay`` plus a random extra of up to ``fraction`` of it (never less than ``delay``)."""
    return delay * (1.0 + max(fraction, 0.0) * rand())


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max((when - now).total_seconds(), 0.0)


def backoff(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff for retry number ``attempt`` (0-based): base, 2*base, 4*base ... up to cap."""
    return min(cap, base * (2.0 ** max(attempt, 0)))


def gate_key(host: str) -> str:
    """Hosts that are one server (``www.`` or not) share a gate."""
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


@dataclass(slots=True)
class _HostState:
    lock: threading.Lock
    next_allowed: float = 0.0
    delay: float = 0.0
    floor: float = 0.0
    requests: int = 0
    last_end: float | None = None  # when the last request to the host ended


class HostGate:
    """One request at a time per host, with the adaptive delay between them."""

    def __init__(
        self,
        *,
        delay: float,
        ceiling: float,
        jitter: float = 0.0,
        autothrottle: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._base = delay
        self._ceiling = ceiling
        self._jitter = jitter
        self._autothrottle = autothrottle
        self._clock = clock
        self._sleep = sleep
        self._rand = rand
        self._hosts: dict[str, _HostState] = {}
        self._guard = threading.Lock()
        self.waited = 0.0

    def _state(self, host: str) -> _HostState:
        key = gate_key(host)
        with self._guard:
            if key not in self._hosts:
                self._hosts[key] = _HostState(threading.Lock(), delay=self._base, floor=self._base)
            return self._hosts[key]

    def set_floor(self, host: str, floor: float) -> None:
        """Raise the host's minimum delay (e.g. to robots.txt's Crawl-delay); never below the configured delay.

        The new floor also spaces the next request from the one already made (robots.txt itself
        is a request to the host like any other).
        """
        state = self._state(host)
        state.floor = max(self._base, floor)
        state.delay = max(state.delay, state.floor)
        if state.last_end is not None:
            state.next_allowed = max(state.next_allowed, state.last_end + state.floor)

    def hold(self, host: str, seconds: float) -> None:
        """Send nothing to the host for ``seconds`` from now (Retry-After, backoff)."""
        state = self._state(host)
        state.next_allowed = max(state.next_allowed, self._clock() + seconds)

    def delay_of(self, host: str) -> float:
        """The host's current delay in seconds."""
        return self._state(host).delay

    @contextmanager
    def slot(self, host: str) -> Iterator[Callable[[float, int], None]]:
        """Wait for the host's turn, then yield ``done(latency, status)`` to report the response.

        The next request to the host may start no sooner than the current delay (plus jitter)
        after this block ends.
        """
        state = self._state(host)
        with state.lock:
            wait = state.next_allowed - self._clock()
            if wait > 0:
                self.waited += wait
                self._sleep(wait)
            outcome = {"latency": 0.0, "status": 0}

            def done(latency: float, status: int) -> None:
                outcome["latency"], outcome["status"] = latency, status

            try:
                yield done
            finally:
                state.requests += 1
                if self._autothrottle:
                    state.delay = next_delay(
                        state.delay,
                        outcome["latency"],
                        outcome["status"],
                        state.floor,
                        self._ceiling,
                    )
                else:
                    state.delay = state.floor
                state.last_end = self._clock()
                gap = with_jitter(state.delay, self._jitter, self._rand)
                state.next_allowed = max(state.next_allowed, state.last_end + gap)
