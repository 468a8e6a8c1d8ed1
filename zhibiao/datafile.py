"""The project's YAML data files (cue words, generic place words, page furniture), read by libyaml
where PyYAML has it: its pure-Python parser took 0.23 s of every process's start for cues.yaml
alone (the run's, each worker's, the run service's), libyaml 0.017 s."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
