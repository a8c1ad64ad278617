"""Schemathesis against the whole OpenAPI document, in-process (WSGI), with the bearer tokens of several roles.

Used by tests/test_security_fuzz.py (a short run in CI) and bench/security_fuzz.py (a longer run with a results JSON).
For every operation and role, `examples` generated requests must never answer 5xx; every operation that declares a
security scheme must answer 401 without a token and with a made-up one ("auth never ignored").
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings


@dataclass
class FuzzReport:
    examples: int
    roles: list[str]
    operations: int = 0
    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    auth_ignored: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"examples_per_operation_and_role": self.examples, "roles": self.roles, "operations": self.operations, "requests": self.requests,
                "statuses": dict(sorted((str(k), v) for k, v in self.statuses.items())), "server_errors": self.server_errors[:50],
                "server_error_count": len(self.server_errors), "auth_ignored": self.auth_ignored, "seconds": round(self.seconds, 1)}


@contextmanager
def same_connection():
    """Django closes 'old' connections around each request; in a test's transaction that would end the transaction."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck))


def _fuzz_operation(operation, tokens: dict[str, str], examples: int, report: FuzzReport) -> None:  # noqa: ANN001
    label = f"{operation.method.upper()} {operation.path}"
    protected = bool(operation.definition.raw.get("security"))
    checked_auth = []

    def record(case, response, who: str) -> None:  # noqa: ANN001
        report.requests += 1
        report.statuses[response.status_code] += 1
        if response.status_code >= 500:
            report.server_errors.append(f"{label} as {who}: {response.status_code} {case.path_parameters} {case.query} {str(case.body)[:120]}")

    @_settings(examples)
    @given(case=operation.as_strategy())
    def run(case) -> None:  # noqa: ANN001
        # one generated request, sent as every role (their answers differ: 200, 403, 404 …, never 5xx)
        for role, token in tokens.items():
            record(case, case.call(headers={"Authorization": f"Bearer {token}"}), role)
        if protected and not checked_auth:
            checked_auth.append(True)
            for who, headers in (("nobody", {}), ("a made-up token", {"Authorization": "Bearer wr_made_up_token"})):
                case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() not in ("authorization", "cookie")}
                response = case.call(headers=headers)
                record(case, response, who)
                if response.status_code != 401:
                    report.auth_ignored.append(f"{label} as {who}: {response.status_code}")

    run()


def fuzz(tokens: dict[str, str], examples: int) -> FuzzReport:
    from django.core.cache import cache
    from django.core.wsgi import get_wsgi_application

    report = FuzzReport(examples=examples, roles=sorted(tokens))
    started = time.perf_counter()
    with same_connection():
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
        for result in schema.get_all_operations():
            report.operations += 1
            cache.clear()  # the anonymous rate limit is not what this run measures
            _fuzz_operation(result.ok(), tokens, examples, report)
    report.seconds = time.perf_counter() - started
    return report
