"""All or nothing on disk: outputs are written beside their target and renamed into place."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from minshare.errors import OutputError, UsageError
from minshare.io.formats import compression_of

STDOUT = "-"


@dataclass
class StagedFile:
    """A temporary file, moved to ``target`` only by :meth:`commit`.

    For standard output (``target`` is ``-``) the file is copied out on commit, so a
    reader of the pipe gets the whole output or nothing.
    """

    target: Path
    temp: Path

    @property
    def to_stdout(self) -> bool:
        return str(self.target) == STDOUT

    def commit(self) -> None:
        if self.to_stdout:
            with open(self.temp, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer, 1 << 20)
            sys.stdout.buffer.flush()
            self.discard()
            return
        # mkstemp made the file 0600; a finished output gets the mode any new file would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, 0o666 & ~umask)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


def stage(target: str | Path, suffix: str | None = None, *, clear_stale: bool = True) -> StagedFile:
    """Make a temporary file in ``target``'s folder, so the final rename is atomic.

    The temporary file ends in ``suffix`` (default: the target's format and
    compression suffixes), so it can be read back as what it will become.
    ``clear_stale`` removes what killed runs writing the same target left behind.
    """
    if suffix is None:
        suffix = _suffixes(Path(target))
    target = Path(target)
    if str(target) == STDOUT:
        fd, name = tempfile.mkstemp(prefix=".minshare-stdout.", suffix=f".partial{suffix}")
        os.close(fd)
        return StagedFile(target=target, temp=Path(name))
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise UsageError(f"{target}: is a folder; give a file name for the output")
    if clear_stale:
        _remove_stale(folder, target.name)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=f".partial{suffix}", dir=folder
        )
    except PermissionError:
        raise UsageError(f"{target}: cannot write in {folder}: permission denied") from None
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror}", path=target) from None
    os.close(fd)
    return StagedFile(target=target, temp=Path(name))


def _remove_stale(folder: Path, name: str) -> None:
    """Remove what a killed run writing ``name`` left behind.

    A run killed outright (SIGKILL, power loss) cannot remove its own temporary file;
    the next run writing the same output does. Such a file never has the output's
    name, so it is never mistaken for a finished output.
    """
    for stale in folder.glob(f".{glob.escape(name)}.*.partial*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _suffixes(target: Path) -> str:
    if compression_of(target) is not None:
        return target.with_suffix("").suffix + target.suffix
    return target.suffix


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
