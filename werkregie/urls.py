from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from werkregie.api.api import api
from werkregie.api.problems import unknown_endpoint
from werkregie.api.views import api_page

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api_page, name="api_page"),  # the API in words, in the platform's style (issue 16 point 9)
    path("api/v1/", RedirectView.as_view(pattern_name="api_page"), name="api_v1_root"),
    path("api/v1/", api.urls),
    path("api/v1/<path:rest>", unknown_endpoint),
    path("i18n/", include("django.conf.urls.i18n")),
    path("oidc/", include("mozilla_django_oidc.urls")),
    path("", include("werkregie.privacy.urls")),
    path("", include("werkregie.careers.signals_urls")),
    path("", include("werkregie.web.urls")),
]
