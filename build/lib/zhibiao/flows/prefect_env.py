"""Prefect settings for embedded, offline runs, applied before Prefect is imported.

Only defaults: a user's own environment (PREFECT_API_URL for a server, say) wins.
"""

from __future__ import annotations

import os

DEFAULTS = {
    # no calls out: this runs on machines that reach package registries only
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_SERVER_UI_ENABLED": "false",
    # the embedded server may take longer than the default 20 s on a loaded 2-core machine
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    "PREFECT_LOGGING_COLORS": "false",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


configure()
