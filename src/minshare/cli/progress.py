"""A progress bar on stderr: rows, share of the input, rate and time left.

It appears only when stderr is a terminal, the run has lasted a second, and
``--quiet`` was not given, so pipelines and logs never see it.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType

import click

from minshare.progress import Progress

_WIDTH = 24


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressBar:
    """A callback for the library's progress reports that draws on stderr."""

    def __init__(self, label: str, *, quiet: bool = False, delay: float = 1.0) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.delay = delay
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        if elapsed < self.delay:
            return
        rate = progress.rows / elapsed if elapsed else 0.0
        parts = [self.label]
        if progress.fraction is not None:
            filled = int(progress.fraction * _WIDTH)
            parts.append("#" * filled + "-" * (_WIDTH - filled))
            parts.append(f"{progress.fraction:4.0%}")
        parts.append(f"{progress.rows:,} rows")
        parts.append(f"{rate:,.0f} rows/s")
        if progress.fraction:
            left = elapsed / progress.fraction - elapsed
            parts.append(f"{_duration(left)} left")
        click.echo("\r" + "  ".join(parts) + "\x1b[K", err=True, nl=False)
        self.drawn = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.drawn:
            click.echo("\r\x1b[K", err=True, nl=False)
