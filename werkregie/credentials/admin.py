"""Registering partner issuers (administrators): the Django admin, in Dutch. Saving a new partner issuer gives it its
did:web and a fresh key pair through the use case (the private key goes to the key folder, never to the database)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkregie.access.admin_reads import LogsPersonalReads
from werkregie.core.errors import DomainError

from .enums import IssuerKind
from .models import Credential, Issuer


class IssuerForm(forms.ModelForm):
    url = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Issuer
        fields = ("kind", "name", "slug", "organisation", "url", "active")

    def clean_kind(self) -> str:
        kind = self.cleaned_data["kind"]
        if self.instance.pk is None and kind == IssuerKind.PLATFORM:
            raise ValidationError(_("Het platform is al uitgever; registreer hier enkel partners."))
        return kind


@admin.register(Issuer)
class IssuerAdmin(admin.ModelAdmin):
    form = IssuerForm
    list_display = ("name", "kind", "slug", "did", "organisation", "active")
    list_filter = ("kind", "active")
    search_fields = ("name", "slug")
    readonly_fields = ("did", "registered_by", "created_at")
    raw_id_fields = ("organisation",)
    fields = ("kind", "name", "slug", "organisation", "url", "active", "did", "registered_by", "created_at")

    def get_readonly_fields(self, request, obj=None):  # noqa: ANN001, ANN201
        # the DID and the short name in it never change once credentials carry them
        return self.readonly_fields + (("slug", "kind") if obj is not None else ())

    def save_model(self, request, obj, form, change):  # noqa: ANN001
        if change:
            return super().save_model(request, obj, form, change)
        from werkregie.accounts.principal import Principal

        from . import use_cases as uc

        try:
            made = uc.register_issuer(name=obj.name, slug=obj.slug, kind=obj.kind, organisation=obj.organisation, url=obj.url,
                                      who=Principal.for_session(request.user))
        except DomainError as exc:
            raise ValidationError(exc.detail) from None
        obj.pk = made.pk
        obj.refresh_from_db()


@admin.register(Credential)
class CredentialAdmin(LogsPersonalReads, admin.ModelAdmin):
    list_display = ("title", "kind", "issuer", "issued_at", "revoked_at")
    list_filter = ("kind", "issuer")
    search_fields = ("title",)
    readonly_fields = [f.name for f in Credential._meta.fields]
    verbose_name = _("digitaal bewijs")

    def has_add_permission(self, request) -> bool:  # noqa: ANN001 - issuing goes through the use case (signing, status list)
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001 - a credential is revoked, never deleted
        return False
