from django.http import HttpRequest
from ninja import NinjaAPI

from werkregie.matching.api import matching_router
from werkregie.people.api import me_router, persons_router, stats_router
from werkregie.rules.api import rules_router
from werkregie.screening.api import screening_router

from . import problems
from .auth import AUTH

api = NinjaAPI(
    title="werkregie API",
    version="1.0.0",
    description=(
        "Open API of the werkregie platform. Authenticate with `Authorization: Bearer <token>`. "
        "Errors are RFC 9457 problem details (`application/problem+json`). Every read of personal data is logged "
        "in the person's access log, with its purpose."
    ),
    auth=AUTH,
    urls_namespace="api",
)
problems.install(api)
api.add_router("/persons", persons_router)
api.add_router("/me", me_router)
api.add_router("/stats", stats_router)
api.add_router("/rules", rules_router)
api.add_router("/screening", screening_router)
api.add_router("/matching", matching_router)


@api.get("/health", auth=None, tags=["platform"], summary="Liveness check")
def health(request: HttpRequest) -> dict:
    return {"status": "ok"}
