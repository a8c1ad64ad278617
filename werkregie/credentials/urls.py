"""Pages and public documents of credentials; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import key_views, views

urlpatterns = [
    path(".well-known/jwks.json", views.jwks, name="credentials_jwks"),
    path(".well-known/did.json", views.did_document, name="credentials_did"),
    path("issuers/<slug:slug>/did.json", views.issuer_did_document, name="credentials_issuer_did"),
    path("credentials/status/<slug:slug>/<int:list_id>", views.status_list, name="credentials_status_list"),
    path("verifieer/", views.verify_page, name="credentials_verify"),
    path("credentials/<int:credential_id>/download.jwt", views.credential_jwt, name="credential_jwt"),
    path("credentials/<int:credential_id>/elm.jsonld", views.credential_elm, name="credential_elm"),
    path("sleutels/", key_views.platform_keys_page, name="platform_keys"),  # the administrator's page of the platform's keys
]
