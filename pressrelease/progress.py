"""What a batch shows while it runs: a progress bar on a terminal (rich), plain lines
elsewhere (logs, CI, pipes), and one summary line at the end."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, TextIO

from pressrelease.terminal import printable

if TYPE_CHECKING:
    from pressrelease.batch import Outcome, Task


class Progress:
    """Reports each release as it finishes; ``close`` prints the summary."""

    def __init__(
        self,
        total: int,
        task: Task,
        stream: TextIO | None = None,
        debug: bool = False,
        quiet: bool = False,
    ) -> None:
        stream = stream or sys.stderr
        self.total, self.task, self.stream, self.debug = total, task, stream, debug
        self.quiet = quiet
        """Only errors: no file list, no progress bar, no summary (``--quiet``)."""
        self.done = 0
        self.started = time.perf_counter()
        self._bar = None
        if stream.isatty() and total > 1 and not quiet:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self._bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=True,
                redirect_stdout=False,  # what we print is user text, never console markup:
                redirect_stderr=False,  # it goes through console.print(markup=False) below
            )
            self._task = self._bar.add_task(
                "packing" if task == "pack" else "building", total=total
            )
            self._bar.start()

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        if self.task == "build" and not self.quiet:
            for path in outcome.written:
                line = printable(f"wrote {path}")
                if self._bar is not None:
                    self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
                else:
                    print(line, flush=True)
        if self._bar is not None:
            self._bar.advance(self._task)
            return  # errors are listed after the bar, in close()
        self._errors(outcome)
        if self.task == "pack" and outcome.written and not self.quiet:
            print(
                f"[{self.done}/{self.total}] packed {outcome.written[0]}",
                file=self.stream,
                flush=True,
            )

    def _errors(self, outcome: Outcome) -> None:
        if self.debug:
            for detail in outcome.details:
                print(detail, file=self.stream, end="")
        for line in outcome.errors:
            print(f"pressrelease: error: {printable(line)}", file=self.stream, flush=True)

    def stop(self) -> None:
        """Take the bar off the terminal (and show the cursor again); safe to call twice."""
        if self._bar is not None and self._bar.live.is_started:
            self._bar.stop()

    def close(self, outcomes: list[Outcome], cancelled: bool = False) -> None:
        """Print the errors held back by the bar and the summary; ``cancelled`` when the
        run was interrupted and ``outcomes`` are the releases finished by then."""
        if self._bar is not None:
            self.stop()
            for outcome in outcomes:
                self._errors(outcome)
        if ((self.task == "build" and self.total == 1) or self.quiet) and not cancelled:
            return  # one release: its "wrote" lines and errors say it all
        failed = [o for o in outcomes if o.errors]
        seconds = time.perf_counter() - self.started
        verb = "packed" if self.task == "pack" else "built"
        total = self.total if cancelled else len(outcomes)
        summary = f"{verb} {len(outcomes) - len(failed)} of {total} releases"
        summary += f" in {seconds:.2f} s"
        if failed:
            summary += f"; {len(failed)} failed"
        if cancelled:
            summary += f"; cancelled, {self.total - len(outcomes)} not done"
        print(summary, file=self.stream, flush=True)
