from django.http import HttpRequest
from ninja import NinjaAPI

from werkregie.appointments.api import router as appointments_router
from werkregie.careers.api import router as careers_router
from werkregie.careers.api_me import router as careers_me_router
from werkregie.community.api import router as community_router
from werkregie.compliance.api import router as compliance_router
from werkregie.credentials.api import router as credentials_router
from werkregie.credentials.keys_api import router as keys_router
from werkregie.kpis.api import router as kpis_router
from werkregie.learning.api import me_router as learning_me_router
from werkregie.learning.api import persons_router as learning_persons_router
from werkregie.matching.api import matching_router
from werkregie.messaging.api import router as messaging_router
from werkregie.municipalities.api import router as municipalities_router
from werkregie.organisations.api import router as employers_router
from werkregie.people.api import me_router, persons_router, stats_router
from werkregie.privacy.api import router as privacy_router
from werkregie.rules.api import rules_router
from werkregie.screening.api import screening_router
from werkregie.training.api import me_router as training_me_router
from werkregie.training.api import router as training_router
from werkregie.trajectories.api import router as trajectories_router
from werkregie.vacancies.api import router as vacancies_router
from werkregie.worklist.api import router as worklist_router

from . import bodies, docs, problems
from .auth import AUTH


class _API(NinjaAPI):
    """Builds the OpenAPI document once per path prefix (10–23 s on a worker's first request to /api/v1/openapi.json
    on the 2-core demo, walk of issue 16): the routers do not change after start, so the document does not either.
    The server's master builds it before it forks its workers (matching.warm.warm_shared), who share it."""

    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: dict | None = None) -> dict:
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        built = self.__dict__.setdefault("_schemas", {})
        if path_prefix not in built:
            built[path_prefix] = super().get_openapi_schema(path_prefix=path_prefix)
        return built[path_prefix]


api = _API(
    title="werkregie API",
    version="1.0.0",
    description=(
        "Open API of the werkregie platform. Authenticate with `Authorization: Bearer <token>`. "
        "Errors are RFC 9457 problem details (`application/problem+json`). Every read of personal data is logged "
        "in the person's access log, with its purpose."
    ),
    auth=AUTH,
    urls_namespace="api",
    docs=docs.Swagger(),
)
problems.install(api)
api.add_router("/persons", persons_router)
api.add_router("/me", me_router)
api.add_router("/me/export", privacy_router)
api.add_router("/stats", stats_router)
api.add_router("/rules", rules_router)
api.add_router("/screening", screening_router)
api.add_router("/matching", matching_router)
api.add_router("/worklist", worklist_router)
api.add_router("/trajectories", trajectories_router)
api.add_router("/appointments", appointments_router)
api.add_router("/compliance", compliance_router)
api.add_router("/community", community_router)
api.add_router("/kpis", kpis_router)
api.add_router("/municipalities", municipalities_router)
api.add_router("/messages", messaging_router)
api.add_router("/vacancies", vacancies_router)
api.add_router("/employers", employers_router)
api.add_router("/credentials", credentials_router)
api.add_router("/keys", keys_router)
api.add_router("/careers", careers_router)
api.add_router("/careers", careers_me_router)
api.add_router("/training", training_router)
api.add_router("/me", training_me_router)
api.add_router("/me", learning_me_router)
api.add_router("/persons", learning_persons_router)


@api.get("/health", auth=None, tags=["platform"], summary="Liveness check")
def health(request: HttpRequest) -> dict:
    return {"status": "ok"}


# last, after every router and endpoint: each JSON body must have the shape its operation declares (api.bodies)
bodies.guard(api)
