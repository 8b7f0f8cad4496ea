"""Where text input comes from: a file, a compressed file or standard input, in any encoding.

A :class:`TextSource` knows the input's first bytes (to read a header or guess a
schema) and opens a fresh stream of UTF-8 for pyarrow, decompressing and transcoding
on the way. Standard input is read once, so its first bytes are replayed and
everything read is hashed for the manifest.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO, Any

import pyarrow as pa

from minshare.errors import DataError, UsageError
from minshare.io.formats import ReadOptions, compression_of

HEAD_BYTES = 1 << 20
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)


class HashingStream(io.RawIOBase):
    """Serves already-read bytes, then the rest of a stream, hashing all of it."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest
        self.digest = hashlib.sha256(head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        self.digest.update(data)
        view[: len(data)] = data
        return len(data)


def read_head(path: str, compression: str | None = None) -> bytes:
    """The first bytes of a file (decompressed), with the errors every format shares."""
    try:
        if compression is None:
            with open(path, "rb") as fh:
                return fh.read(HEAD_BYTES)
        with pa.input_stream(path, compression=compression) as stream:
            return bytes(stream.read(HEAD_BYTES))
    except FileNotFoundError:
        raise DataError("no such file", path=path) from None
    except IsADirectoryError:
        raise DataError("is a folder, not a data file", path=path) from None
    except PermissionError:
        raise DataError("cannot read: permission denied", path=path) from None
    except (OSError, pa.ArrowException) as exc:
        if compression is not None:
            raise DataError(f"not a readable {compression} file", path=path) from None
        raise DataError(
            f"cannot read: {getattr(exc, 'strerror', None) or exc}", path=path
        ) from None


@dataclass
class TextSource:
    """Text input: its first bytes, its encoding, and a way to open it for pyarrow."""

    path: str
    head: bytes
    encoding: str
    opener: Callable[[], Any]
    stdin_stream: HashingStream | None = None
    compressed: bool = False

    @property
    def size(self) -> int | None:
        """The bytes to read, when they can be told (not for standard input or compressed files)."""
        if self.stdin_stream is not None or self.compressed:
            return None
        try:
            return os.path.getsize(self.path)
        except OSError:
            return None

    def fraction(self, blocks: int, block_bytes: int) -> float | None:
        """How much of the input ``blocks`` blocks of ``block_bytes`` cover, about."""
        size = self.size
        return None if not size else min(1.0, blocks * block_bytes / size)

    @property
    def utf8(self) -> bool:
        return self.encoding in ("utf-8", "utf8")

    @property
    def label(self) -> str:
        """The encoding's name for messages: ``UTF-8``, ``UTF-16``, ``latin-1``."""
        if self.encoding.startswith("utf"):
            return self.encoding.upper().removesuffix("-SIG")
        return {"iso8859-1": "latin-1"}.get(self.encoding, self.encoding)

    def open(self) -> Any:
        """A stream of the input as UTF-8 (a path where pyarrow can read the file itself)."""
        source = self.opener()
        if self.utf8:
            return source
        if isinstance(source, str):
            source = pa.input_stream(source)
        return pa.transcoding_input_stream(
            source, src_encoding=self.encoding, dest_encoding="utf-8"
        )

    def head_text(self) -> str:
        """The first bytes decoded; a character cut at the end of them is left out."""
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        return str(decoder.decode(self.head, final=False))


def _encoding(head: bytes, given: str | None, path: str) -> str:
    if given is not None:
        try:
            return codecs.lookup(given).name
        except LookupError:
            raise UsageError(f"unknown encoding {given!r}") from None
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return "utf-8"


def text_source(path: str, options: ReadOptions, stdin: IO[bytes] | None = None) -> TextSource:
    """Open text input for reading; refuses empty and binary files."""
    if stdin is not None:
        head = stdin.read(HEAD_BYTES)
        stream = HashingStream(head, stdin)
        reader = io.BufferedReader(stream, buffer_size=1 << 20)
        source = TextSource(path, head, "", lambda: reader, stream)
    else:
        compression = compression_of(path)
        head = read_head(path, compression)
        if compression is None:
            source = TextSource(path, head, "", lambda: path)
        else:
            source = TextSource(
                path,
                head,
                "",
                lambda: pa.input_stream(path, compression=compression),
                compressed=True,
            )
    source.encoding = _encoding(head, options.encoding, path)
    if not head.strip(b"\x00\t\n\r \xef\xbb\xbf\xff\xfe"):
        raise DataError("the file is empty", path=path, line=1)
    if source.encoding in ("utf-8", "utf-8-sig") and b"\x00" in head:
        raise DataError("holds binary data, not text (a NUL byte in its first megabyte)", path=path)
    return source


READ_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, OSError, UnicodeError)


def stream_batches(
    reader: Any, error: Callable[[Exception], DataError], *, ahead: int = 2
) -> Iterator[pa.RecordBatch]:
    """The batches of a pyarrow streaming reader, its failures turned into located errors.

    Up to ``ahead`` batches are read ahead on a thread of their own: pyarrow parses
    without the interpreter lock, so the next batches are parsed on the second core
    while the caller works on this one. Batches and failures come in the file's order.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minshare-read")
    pending: deque[Future[pa.RecordBatch]] = deque()
    try:
        while True:
            while len(pending) < ahead:
                pending.append(pool.submit(reader.read_next_batch))
            try:
                batch = pending.popleft().result()
            except StopIteration:
                return
            except READ_ERRORS as exc:
                raise error(exc) from None
            yield batch
    finally:
        for waiting in pending:
            waiting.cancel()
        pool.shutdown(wait=True)
