"""Pages and public documents of credentials: the published keys (JWKS, DID documents), the status lists, the public
verification page, and the holder's downloads. Thin: the use cases decide."""

from __future__ import annotations

import datetime as dt
import json

from django import forms
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, keys
from werkregie.core.errors import NotFound
from werkregie.web.helpers import anonymous_wait, roles, too_many

from . import elm, signing, statuslist, vc
from . import use_cases as uc
from .models import StatusList

MAX_UPLOAD_BYTES = 30_000


def _json(data: dict, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(data, content_type=content_type, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # public keys and lists: any verifier anywhere may fetch them
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
def jwks(request: HttpRequest) -> HttpResponse:
    keys.ensure()
    return _json(keys.jwks(), "application/jwk-set+json")


@require_GET
def did_document(request: HttpRequest) -> HttpResponse:
    keys.ensure()
    return _json(signing.did_document(uc.platform_issuer()), "application/did+json")


@require_GET
def issuer_did_document(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        issuer = uc.issuer_by_slug(slug)
    except NotFound:
        raise Http404 from None
    if issuer.is_platform:
        raise Http404
    return _json(signing.did_document(signing.current(issuer)), "application/did+json")


@require_GET
def status_list(request: HttpRequest, slug: str, list_id: int) -> HttpResponse:
    found = StatusList.objects.select_related("issuer").filter(pk=list_id, issuer__slug=slug).first()
    if found is None:
        raise Http404
    response = HttpResponse(statuslist.credential(found), content_type=signing.MEDIA_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


class VerifyForm(forms.Form):
    credential = forms.CharField(label=_("Plak het digitale bewijs (de tekst die begint met eyJ…)"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}),
                                 max_length=uc.MAX_TOKEN_CHARS)
    file = forms.FileField(label=_("Of kies een bestand (.jwt of .txt)"), required=False,
                           help_text=_("Hoogstens 30 kB. Het bestand wordt niet bewaard."))

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > MAX_UPLOAD_BYTES:
                self.add_error("file", _("Dit bestand is te groot voor een digitaal bewijs."))
                return data
            try:
                data["credential"] = upload.read().decode("utf-8-sig")  # a .jwt saved with a byte order mark (Windows)
            except UnicodeDecodeError:
                self.add_error("file", _("Dit bestand bevat geen tekst."))
                return data
        if not (data.get("credential") or "").strip() and not self.errors:
            self.add_error("credential", _("Plak een digitaal bewijs of kies een bestand."))
        return data


@require_http_methods(["GET", "POST"])
def verify_page(request: HttpRequest) -> HttpResponse:
    """Public: anyone pastes or uploads a credential and learns whether it is valid, and if not, why. Over the
    anonymous rate limit the page answers itself (the walk lost the pasted text on the generic 429 page): the form with
    what was pasted, and when to try again."""
    wait = anonymous_wait(request)
    if wait:
        pasted = VerifyForm(initial={"credential": request.POST.get("credential", "")[:uc.MAX_TOKEN_CHARS]})
        until = (clock.now().astimezone(clock.BRUSSELS) + dt.timedelta(seconds=wait)).strftime("%H:%M:%S")
        page = render(request, "credentials/verify.html", {"form": pasted, "wait": wait, "until": until,
                                                           "had_file": bool(request.FILES.get("file"))})
        return too_many(page, wait)
    result = None
    if request.method == "POST":
        form = VerifyForm(request.POST, request.FILES)
        if form.is_valid():
            result = uc.verify(form.cleaned_data["credential"])
        status = 200 if form.is_valid() else 422
    else:
        form, status = VerifyForm(), 200
    context = {"form": form, "result": result, "subject": _subject(result)}
    return render(request, "credentials/verify.html", context, status=status)


def _subject(result: uc.Verification | None) -> dict | None:
    """What the credential says, for the page: only when it is valid (else its content proves nothing)."""
    if result is None or not result.valid or not isinstance(result.credential, dict):
        return None
    from django.utils.translation import get_language

    from werkregie.matching import labels

    achievement = (result.credential.get("credentialSubject") or {}).get("achievement") or {}
    language = (get_language() or "nl")[:2]
    skills = []
    for alignment in achievement.get("alignment", []):
        if isinstance(alignment, dict):  # the reader's label for a known ESCO skill (language marked), else the issuer's words
            uri = str(alignment.get("targetUrl", ""))
            skills.append(labels.render(labels.skill(uri, language)) if uri.startswith("http://data.europa.eu/esco/") else alignment.get("targetName", ""))
    try:
        issued = dt.date.fromisoformat(str(result.credential.get("validFrom") or "")[:10]).strftime("%d/%m/%Y")
    except ValueError:
        issued = ""
    return {"title": result.credential.get("name") or achievement.get("name", ""), "skills": skills, "issued": issued,
            **vc.statements(result.credential)}


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.PARTNER, Role.ADMIN)
def credential_jwt(request: HttpRequest, principal: Principal, credential_id: int) -> HttpResponse:
    try:
        credential = uc.get_credential(principal, credential_id, "downloaden (JWT)", channel="web")
    except NotFound:
        raise Http404 from None
    response = HttpResponse(credential.token, content_type=signing.MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="credential-{credential.pk}.jwt"'
    return response


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.PARTNER, Role.ADMIN)
def credential_elm(request: HttpRequest, principal: Principal, credential_id: int) -> HttpResponse:
    try:
        credential = uc.get_credential(principal, credential_id, "downloaden (ELM)", channel="web")
    except NotFound:
        raise Http404 from None
    body = json.dumps(elm.to_elm(credential), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/ld+json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="credential-{credential.pk}-elm.jsonld"'
    return response
