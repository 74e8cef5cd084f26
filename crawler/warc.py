"""Raw responses in gzip WARC files under ``<data_dir>/warc/`` (warcio), safe against kill -9.

Every exchange becomes a request and a response record (or a revisit record when the payload
is unchanged or the server said 304). Each record is its own gzip member; the records of one
exchange are built in memory and appended with a single write + fsync. On open, the newest file
is checked member by member and a torn tail (a write cut by a crash) is truncated away, so every
file always reads to the end with warcio's ArchiveIterator. Each writer starts a new file, and
files rotate by size.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from crawler import __version__
from crawler.exchange import Exchange

log = logging.getLogger(__name__)

WARC_DIRNAME = "warc"
_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def sha256_digest(body: bytes) -> str:
    """A WARC-style labelled digest of a payload (``sha256:<base32>``)."""
    return hex_to_digest(hashlib.sha256(body).hexdigest())


def hex_to_digest(hex_sha256: str) -> str:
    """``sha256:<base32>`` from a hex sha256 (as crawl.sqlite keeps it)."""
    return "sha256:" + base64.b32encode(bytes.fromhex(hex_sha256)).decode("ascii")


def _warc_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Sha256Writer(WARCWriter):
    """warcio's writer with sha256 digests, so revisit records match crawl.sqlite's sha256."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


def valid_length(path: Path) -> int:
    """How many leading bytes of a gzip-member file are complete, CRC-checked members."""
    good = consumed = 0
    decoder = zlib.decompressobj(31)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            data = chunk
            while data:
                try:
                    decoder.decompress(data)  # our own members: a few MB at most
                except zlib.error:
                    return good
                if decoder.eof:
                    used = len(data) - len(decoder.unused_data)
                    consumed += used
                    good = consumed
                    data = decoder.unused_data
                    decoder = zlib.decompressobj(31)
                else:
                    consumed += len(data)
                    data = b""
    return good


def repair(path: Path) -> int:
    """Cut a torn tail off a WARC file (kept aside in ``<file>.torn``); returns the bytes cut."""
    size = path.stat().st_size
    good = valid_length(path)
    if good < size:
        aside = path.with_name(path.name + ".torn")
        with open(path, "r+b") as handle:
            handle.seek(good)
            with open(aside, "wb") as torn:
                torn.write(handle.read())
                torn.flush()
                os.fsync(torn.fileno())
            handle.truncate(good)
            handle.flush()
            os.fsync(handle.fileno())
        log.warning(
            "%s: cut a torn tail of %d bytes left by an interrupted run (kept in %s)",
            path,
            size - good,
            aside.name,
        )
    return size - good


@dataclass(frozen=True, slots=True)
class WarcLocation:
    """Where one record was appended: a file name under ``warc/``, and its gzip member's span."""

    file: str
    offset: int
    length: int
    revisit: bool = False  # a revisit record (no body): not a raw copy to point at


class WarcArchive:
    """Appends exchanges to rotating gzip WARC files."""

    def __init__(self, data_dir: Path | str, *, max_bytes: int = 100 * 1024 * 1024) -> None:
        self.dir = Path(data_dir) / WARC_DIRNAME
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        for path in sorted(self.dir.glob("*.warc.gz"))[-2:]:
            repair(path)
        self._stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._serial = 0
        self._handle: io.BufferedWriter | None = None
        self.path: Path | None = None
        self.records = 0

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def write(
        self,
        exchange: Exchange,
        *,
        revisit_of: tuple[str, str] | None = None,
        payload_digest: str | None = None,
    ) -> WarcLocation:
        """Archive one exchange: request + response, or request + revisit.

        Args:
            exchange: the request and response.
            revisit_of: (URI, WARC date) of the earlier capture when the payload is unchanged
                (a 200 with the same digest, or a 304); the body is then not stored again.
            payload_digest: the digest of the earlier payload, for a 304's revisit record.

        Returns:
            Where the response (or revisit) record now lives: its file under ``warc/`` and
            the offset and length of its gzip member.
        """
        buffer = io.BytesIO()
        writer = _Sha256Writer(buffer, gzip=True, warc_version="1.1")
        writer.write_record(self._request_record(writer, exchange))
        request_length = buffer.tell()
        writer.write_record(self._response_record(writer, exchange, revisit_of, payload_digest))
        data = buffer.getvalue()
        start = self._append(data)
        self.records += 2
        assert self.path is not None
        return WarcLocation(
            file=self.path.name,
            offset=start + request_length,
            length=len(data) - request_length,
            revisit=revisit_of is not None,
        )

    def _request_record(self, writer: WARCWriter, exchange: Exchange):
        target = exchange.url.split("://", 1)[1]
        path = "/" + target.split("/", 1)[1] if "/" in target else "/"
        headers = StatusAndHeaders(
            f"GET {path} HTTP/1.1", list(exchange.request_headers), is_http_request=True
        )
        return writer.create_warc_record(
            exchange.url,
            "request",
            http_headers=headers,
            warc_headers_dict={"WARC-Date": _warc_date(exchange.started_at)},
        )

    def _response_record(self, writer: WARCWriter, exchange: Exchange, revisit_of, digest):
        # The body is stored decoded (gzip undone), so the hop-by-hop framing headers are rewritten.
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _HOP_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        status_line = f"{exchange.status} {exchange.reason}".strip()
        http_headers = StatusAndHeaders(status_line, headers, protocol=exchange.http_version)
        warc_headers = {"WARC-Date": _warc_date(exchange.started_at)}
        if exchange.ip:
            warc_headers["WARC-IP-Address"] = exchange.ip
        if revisit_of is not None:
            record = writer.create_revisit_record(
                exchange.url,
                sha256_digest(exchange.body) if exchange.status != 304 else digest or "sha256:",
                revisit_of[0],
                revisit_of[1],
                http_headers=http_headers,
                warc_headers_dict=warc_headers,
            )
            if exchange.status == 304:
                record.rec_headers.replace_header(
                    "WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
                )
            return record
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = exchange.truncated
        return writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )

    def _append(self, data: bytes) -> int:
        """Append complete gzip members with one write, then fsync; returns where they start."""
        if self._handle is None or self._handle.tell() >= self.max_bytes:
            self._open_next()
        assert self._handle is not None
        start = self._handle.tell()
        self._handle.write(data)
        self._handle.flush()
        os.fsync(self._handle.fileno())
        return start

    def _open_next(self) -> None:
        self.close()
        self._serial += 1
        self.path = self.dir / f"ina-archive-{self._stamp}-{os.getpid()}-{self._serial:05d}.warc.gz"
        self._handle = open(self.path, "ab")
        buffer = io.BytesIO()
        writer = _Sha256Writer(buffer, gzip=True, warc_version="1.1")
        info = {"software": f"ina-archive/{__version__}", "format": "WARC File Format 1.1"}
        writer.write_record(writer.create_warcinfo_record(self.path.name, info))
        self._handle.write(buffer.getvalue())
        self._handle.flush()
        os.fsync(self._handle.fileno())


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    """A response record read back from the WARC files."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    date: datetime
    truncated: str | None
    file: str = ""  # the record's WARC file (a name under warc/) and its offset there
    offset: int = -1

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)


def warc_files(data_dir: Path | str) -> list[Path]:
    """The WARC files of a data directory, oldest first."""
    return sorted((Path(data_dir) / WARC_DIRNAME).glob("*.warc.gz"))


def iter_responses(data_dir: Path | str) -> Iterator[ArchivedResponse]:
    """Every response record in the data directory's WARC files, in the order they were written."""
    for path in warc_files(data_dir):
        with open(path, "rb") as handle:
            try:
                records = ArchiveIterator(handle)
                for record in records:
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    date = datetime.fromisoformat(
                        record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00")
                    )
                    body = record.content_stream().read()
                    records.read_to_end()  # sets the record's offset
                    yield ArchivedResponse(
                        url=record.rec_headers.get_header("WARC-Target-URI"),
                        status=int(record.http_headers.get_statuscode() or 0),
                        headers=tuple(record.http_headers.headers),
                        body=body,
                        date=date,
                        truncated=record.rec_headers.get_header("WARC-Truncated"),
                        file=path.name,
                        offset=records.get_record_offset(),
                    )
            except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as error:
                log.warning("%s: stopped reading at a damaged record (%s)", path, error)
