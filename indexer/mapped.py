"""Opening an index generation memory-mapped, without private copies of its files.

Whoosh maps a segment's compound file, but then wraps every file inside it in a ``BufferFile``
whose ``BytesIO(view)`` copies the bytes: the term index, postings, stored records and columns
all become the process's own anonymous memory (~0.7× the index size per web process, never
shared, never given back). :class:`MappedStorage` hands Whoosh the same files as zero-copy views
of one read-only ``mmap`` per file on disk, so what a process reads stays in the page cache,
shared by every process serving the index, and the kernel may drop it under pressure. Only the
bytes a read asks for are copied. Writing still goes through Whoosh's own ``FileStorage``.
"""

from __future__ import annotations

import mmap
import os
import weakref
from io import SEEK_CUR, SEEK_END, SEEK_SET

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

_LINE_CHUNK = 4096
# pickle.load reads a file through peek() when it has one: a block header then takes one peek and
# one read instead of a Python read() per opcode (the header is ~60 bytes).
_PEEK = 1024


class ViewReader:
    """A read-only, seekable file over a memoryview: BytesIO's reading side, without the copy."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(len(self._view), start + size)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def peek(self, size: int = 0) -> bytes:
        """Bytes ahead of the position, without moving it (at most ``_PEEK``)."""
        return self._view[self._pos : self._pos + _PEEK].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = (
            len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        )
        start = end = self._pos
        while end < limit:
            chunk = self._view[end : min(limit, end + _LINE_CHUNK)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        self._pos = end
        return self._view[start:end].tobytes()

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, offset: int, whence: int = SEEK_SET) -> int:
        base = {SEEK_SET: 0, SEEK_CUR: self._pos, SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class _Handle:
    """A read-only file descriptor closed when the last reader of it is freed."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self.fd)


class PreadBuffer:
    """Part of a file as a sliceable buffer whose slices are read with ``os.pread``: nothing of
    it is mapped into the process, so what it reads stays in the page cache, not in RSS."""

    def __init__(self, handle: _Handle, start: int, length: int) -> None:
        self._handle = handle  # an open file, shared by the parts of one file; closed when freed
        self._start = start
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> memoryview:
        start, stop, _ = key.indices(self._length)
        size = max(0, stop - start)
        return memoryview(os.pread(self._handle.fd, size, self._start + start))

    def part(self, position: int, length: int) -> PreadBuffer:
        """A buffer over part of this one."""
        return PreadBuffer(self._handle, self._start + position, length)


class PreadFile(BufferFile):
    """Whoosh's ``BufferFile`` over a :class:`PreadBuffer`."""

    def __init__(self, buf: PreadBuffer, name: str | None = None, onclose=None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = ViewReader(buf)  # type: ignore[arg-type] - it slices like a memoryview

    def subset(self, position: int, length: int, name: str | None = None) -> PreadFile:
        return PreadFile(self._buf.part(position, length), name=name or self._name)


class ViewFile(BufferFile):
    """Whoosh's ``BufferFile`` over a memoryview, sharing it instead of copying it.

    Sub-files whose names end with one of ``pread_suffixes`` are read with ``os.pread``
    instead (:class:`PreadFile`); ``path`` and ``offset`` say where this file's bytes are.
    """

    def __init__(
        self,
        buf,
        name: str | None = None,
        onclose=None,
        path: str | None = None,
        offset: int = 0,
        pread_suffixes: tuple[str, ...] = (),
        opened: list | None = None,
    ) -> None:
        view = buf if isinstance(buf, memoryview) else memoryview(buf)
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = view
        self.file = ViewReader(view)
        self._path, self._offset, self._pread = path, offset, pread_suffixes
        self._opened = opened if opened is not None else []  # the one handle of ``path``

    def subset(self, position: int, length: int, name: str | None = None) -> BufferFile:
        """A file over part of this one: a slice of the same view, no bytes copied (or read
        with pread, for the sub-files named so)."""
        name = name or self._name
        if self._path and name and name.endswith(self._pread) and self._pread:
            if not self._opened:
                self._opened.append(_Handle(self._path))
            start = self._offset + position
            return PreadFile(PreadBuffer(self._opened[0], start, length), name=name)
        return ViewFile(
            self._buf[position : position + length],
            name=name,
            path=self._path,
            offset=self._offset + position,
            pread_suffixes=self._pread,
            opened=self._opened,
        )


# The stored records: each search reads 20 of them, scattered over the whole file, and mapped
# they would stay in the process's RSS (shared, but counted); read with pread they are copied
# one at a time and the page cache keeps the pages, still shared between processes.
STORED_RECORDS = ("._stored.col",)


class MappedStorage(FileStorage):
    """A read-only ``FileStorage`` whose files are zero-copy views of memory maps, except the
    sub-files named by ``pread_suffixes``, read with ``os.pread``."""

    def __init__(self, path: str, pread_suffixes: tuple[str, ...] = STORED_RECORDS) -> None:
        # supports_mmap=False: Whoosh's compound storage then asks our files for subsets
        # (zero-copy views) instead of mapping the file again and copying from it.
        super().__init__(path, supports_mmap=False, readonly=True)
        self.pread_suffixes = pread_suffixes

    def open_file(self, name: str, **kwargs) -> BufferFile:
        with open(self._fpath(name), "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:  # an empty file cannot be mapped
                return BufferFile(b"", name=name, **kwargs)
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        path = self._fpath(name)
        return ViewFile(
            memoryview(mapped), name=name, path=path, pread_suffixes=self.pread_suffixes, **kwargs
        )
