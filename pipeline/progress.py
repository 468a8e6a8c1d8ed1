"""Progress of a run: documents done out of the total, and the rate so far."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

# Marks the log records that tell a run's story (progress, warnings), which the CLI prints; the
# rest (Prefect's task states, tracebacks) goes to the run's log file unless asked for.
SHOWN_ATTRIBUTE = "zhibiao_shown"
SHOWN = {SHOWN_ATTRIBUTE: True}


@dataclass
class Progress:
    total: int
    done: int = 0
    started: float = field(default_factory=time.monotonic)

    def advance(self, documents: int) -> str:
        """Count finished documents; the line to log."""
        self.done += documents
        elapsed = max(time.monotonic() - self.started, 1e-9)
        percent = 100 * self.done / self.total if self.total else 100.0
        return f"read {self.done}/{self.total} documents ({percent:.0f}%, {self.done / elapsed:.1f} documents/s)"
