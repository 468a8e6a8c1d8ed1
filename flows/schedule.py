"""The nightly schedule, read from prefect.yaml so `prefect deploy` and `zhibiao serve` agree."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

PREFECT_YAML = Path(__file__).with_name("prefect.yaml")  # the repository's, shipped as package data


@dataclass(frozen=True)
class Deployment:
    name: str
    cron: str
    timezone: str
    parameters: dict[str, Any] = field(default_factory=dict)
    concurrency_limit: int | None = None  # runs of the deployment at once; more wait their turn

    def next_run(self) -> datetime:
        """When the schedule next fires, in its time zone."""
        from prefect.server.schemas.schedules import CronSchedule

        [when] = asyncio.run(CronSchedule(cron=self.cron, timezone=self.timezone).get_dates(1))
        return when


def deployment(name: str = "nightly", config: Path = PREFECT_YAML) -> Deployment:
    """A deployment of prefect.yaml by name, with its first schedule."""
    loaded = yaml.safe_load(config.read_text(encoding="utf-8"))
    for entry in loaded.get("deployments", []):
        if entry.get("name") == name:
            schedule = entry["schedules"][0]
            return Deployment(name=name, cron=schedule["cron"], timezone=schedule.get("timezone", "UTC"),
                              parameters=dict(entry.get("parameters") or {}),
                              concurrency_limit=entry.get("concurrency_limit"))
    raise KeyError(f"no deployment named {name!r} in {config}")
