"""The administrator's page of the platform's signing keys: the list and "Sleutel vernieuwen". Thin: platform_keys
decides, records who rotated and why; the page shows a message at the top after a rotation (post/redirect/get)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import InvalidInput
from werkregie.web.helpers import apply_errors, roles

from . import platform_keys


class RotationForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reden"), max_length=500, min_length=platform_keys.MIN_REASON,
                             help_text=gettext_lazy("Bijvoorbeeld: jaarlijkse vernieuwing, of een vermoeden dat de sleutel gelekt is. "
                                                    "De reden wordt bewaard bij de vernieuwing."),
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": gettext_lazy("Geef de reden van de vernieuwing.")})
    confirm = forms.BooleanField(label=gettext_lazy("Ik bevestig dat het platform vanaf nu met een nieuwe sleutel ondertekent"),
                                 help_text=gettext_lazy("Wat met de vorige sleutels ondertekend werd, blijft geldig: die blijven gepubliceerd."),
                                 error_messages={"required": gettext_lazy("Bevestig dat u de sleutel wilt vernieuwen.")})


@require_http_methods(["GET", "POST"])
@roles(Role.ADMIN)
def platform_keys_page(request: HttpRequest, principal: Principal) -> HttpResponse:
    form, status = RotationForm(request.POST or None), 200
    if request.method == "POST":
        if form.is_valid():
            try:
                done = platform_keys.rotate(principal, form.cleaned_data["reason"], form.cleaned_data["confirm"])
            except InvalidInput as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, _("De sleutel is vernieuwd: het platform ondertekent nu met %(kid)s. De vorige sleutels blijven "
                                            "gepubliceerd, dus wat ermee ondertekend werd, blijft geldig.") % {"kid": done.kid})
                return redirect("platform_keys")
        status = 422
    context = {"keys": platform_keys.list_keys(principal), "events": platform_keys.events(principal), "form": form}
    return render(request, "credentials/platform_keys.html", context, status=status)
