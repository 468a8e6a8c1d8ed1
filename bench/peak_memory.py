"""Run a command and print, as the last line of its output, a JSON object of peak memory in MB:
`peak` for the whole run (the largest process, from the kernel's accounting), `flow` for the
command's own process and `workers` for the largest of its descendants (their high-water marks,
read from /proc while they run).

    python bench/peak_memory.py zhibiao run --source DIR --warehouse FILE
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import threading
from pathlib import Path

POLL_S = 0.1


def high_water_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), or 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        children = [int(c) for c in " ".join(children_of_threads(parent)).split()]
        out += children
        todo += children
    return out


def children_of_threads(pid: int) -> list[str]:
    """/proc lists a child under the thread that started it: the flow starts workers from task threads."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # the thread has ended
            found.append((task / "children").read_text())
    return found


def main(command: list[str]) -> int:
    process = subprocess.Popen(command)
    peaks = {"flow": 0.0, "workers": 0.0}
    done = threading.Event()

    def watch() -> None:
        while not done.wait(POLL_S):
            peaks["flow"] = max(peaks["flow"], high_water_mb(process.pid))
            peaks["workers"] = max([peaks["workers"], *map(high_water_mb, descendants(process.pid))])

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    done.set()
    watcher.join()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"peak": round(peak, 1), "flow": round(peaks["flow"], 1),
                      "workers": round(peaks["workers"], 1), "returncode": code}))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
