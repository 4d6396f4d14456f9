"""The JSON API at ``/api/v1/`` with its OpenAPI document at ``/api/v1/openapi.json``.

Interactive docs are off in every environment (they load third-party scripts and expose the
surface); the OpenAPI document is the contract."""

from ninja import NinjaAPI

from runcare import __version__
from runcare.api import errors
from runcare.api.auth import SessionAuth, TokenAuth
from runcare.api.routes_core import router as core_router

api = NinjaAPI(
    title="RunCare API",
    version=f"1 ({__version__})",
    description="Member, therapist and organisation operations of RunCare. Authenticate with "
    "the browser session (send the CSRF token on writes) or `Authorization: Bearer <token>`.",
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api",
    docs_url=None,
)
errors.install(api)
api.add_router("/", core_router)
api.add_router("/", "runcare.selfcare.api.router")
api.add_router("/", "runcare.lessons.api.router")
api.add_router("/", "runcare.checkins.api.router")
api.add_router("/", "runcare.mydata.api.router")
api.add_router("/", "runcare.activities.api.router")
api.add_router("/programs", "runcare.programs.api.router")
