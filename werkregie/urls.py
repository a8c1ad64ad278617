from django.contrib import admin
from django.urls import include, path

from werkregie.api.api import api
from werkregie.api.problems import unknown_endpoint

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("api/v1/<path:rest>", unknown_endpoint),
    path("i18n/", include("django.conf.urls.i18n")),
    path("oidc/", include("mozilla_django_oidc.urls")),
    path("", include("werkregie.privacy.urls")),
    path("", include("werkregie.careers.signals_urls")),
    path("", include("werkregie.web.urls")),
]
