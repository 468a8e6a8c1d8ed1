"""Run a command and print, as the last line of its output, a JSON object of peak memory in MB:
`peak` for the whole run (the largest process, from the kernel's accounting), `flow` for the
command's own process and `workers` for the largest of its descendants (their high-water marks,
read from /proc while they run); and the CPU seconds the run used: `cpu_s` for the command and
every process it waited for (its workers), `flow_cpu_s` for the command's own process (as last
read from /proc before it ended).

    python bench/peak_memory.py zhibiao run --source DIR --warehouse FILE
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

POLL_S = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def high_water_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), or 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of the process so far, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


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
    peaks = {"flow": 0.0, "workers": 0.0, "flow_cpu_s": 0.0}
    done = threading.Event()

    def watch() -> None:
        while not done.wait(POLL_S):
            peaks["flow"] = max(peaks["flow"], high_water_mb(process.pid))
            peaks["flow_cpu_s"] = cpu_seconds(process.pid) or peaks["flow_cpu_s"]
            peaks["workers"] = max([peaks["workers"], *map(high_water_mb, descendants(process.pid))])

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    done.set()
    watcher.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"peak": round(usage.ru_maxrss / 1024, 1), "flow": round(peaks["flow"], 1),
                      "workers": round(peaks["workers"], 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
                      "flow_cpu_s": round(peaks["flow_cpu_s"], 2), "returncode": code}))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
