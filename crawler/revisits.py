"""Writing a fetched exchange to the WARC files as a response or, when nothing changed, a revisit."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from crawler.exchange import Exchange
from crawler.frontier import Entry
from crawler.warc import WarcArchive, WarcLocation, hex_to_digest


def archive_exchange(warc: WarcArchive, entry: Entry | None, exchange: Exchange) -> WarcLocation:
    """Write one exchange; a 304, or a 200 whose body is the one last stored for the same URL,
    becomes a revisit record pointing at the earlier capture."""
    revisit = None
    if entry is not None and exchange.url == entry.url and entry.last_fetch:
        if exchange.status == 304 or (
            exchange.status == 200
            and not exchange.truncated
            and hashlib.sha256(exchange.body).hexdigest() == entry.sha256
        ):
            when = datetime.fromisoformat(entry.last_fetch).astimezone(UTC)
            revisit = (entry.url, when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    digest = hex_to_digest(entry.sha256) if revisit and entry and entry.sha256 else None
    return warc.write(exchange, revisit_of=revisit, payload_digest=digest)
