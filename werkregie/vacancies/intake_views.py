"""The guided vacancy form: step 1 the employer writes the title and text; step 2 the platform suggests the ESCO
occupation and skills, flags wording that may discriminate and diploma demands; the employer confirms, removes or
adds and saves a draft or publishes. Only the confirmed occupation and skills are stored."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.formats.numbers import AmountField
from werkregie.geo.forms import MunicipalityField
from werkregie.web.helpers import apply_errors, posted_version, roles

from . import checks, intake
from .models import Contract
from .views import _language

NO_MATCH = _("Geen ESCO-competentie gevonden voor de toegevoegde tekst. Herformuleer, bv. “heftruck besturen” of “pallets stapelen”.")
OWN_RING_HINT = _("Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere gewesten, de grensregio's "
                  "en heel Europa (EURES) aan. Vink uit als u dat niet wilt. Het vinkje volgt eerst de standaardkeuze van uw organisatie "
                  "(Mijn organisatie).")
LEVELS = [("", _("geen vereiste")), ("A1", "A1"), ("A2", "A2"), ("B1", "B1"), ("B2", "B2"), ("C1", "C1"), ("C2", "C2")]


class IntakeForm(forms.Form):
    title = forms.CharField(label=_("Functietitel"), max_length=200)
    description = forms.CharField(label=_("Omschrijving van de job"), max_length=20_000, required=False, widget=forms.Textarea(attrs={"rows": 6}),
                                  help_text=_("Wat doet de persoon, waar, wanneer? Wij stellen er competenties uit voor."))
    municipality = MunicipalityField(label=_("Gemeente van de werkplek"))
    hours_per_week = forms.DecimalField(label=_("Uren per week"), min_value=checks.HOURS_MIN, max_value=checks.HOURS_MAX, decimal_places=1, initial=38,
                                        localize=True)  # "38,5" as typed in Belgium (attack of stop 39), "38.5" too
    contract = forms.ChoiceField(label=_("Contract"), choices=Contract.choices)
    monthly_wage = AmountField(label=_("Brutoloon per maand (euro, niet verplicht)"), required=False, min_value=checks.WAGE_MIN, max_value=100_000,
                               decimal_places=2, help_text=_("Minstens € 100, of laat het veld leeg."))  # the rule of vacancies/checks.py
    dutch_level = forms.ChoiceField(label=_("Vereist niveau Nederlands"), choices=LEVELS, required=False)
    language_justification = forms.CharField(label=_("Waarom dit taalniveau nodig is"), max_length=500, required=False,
                                             help_text=_("Alleen nodig als het niveau hoger is dan wat het beroep gewoonlijk vraagt."))
    ring_offer = forms.BooleanField(label=_("Ook aanbieden buiten Vlaanderen"), required=False, initial=True,
                                    help_text=_("Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere "
                                                "gewesten, de grensregio's en heel Europa (EURES) aan. Vink uit als u dat niet wilt. "
                                                "Het vinkje volgt eerst de standaardkeuze van de werkgever."))
    extra_skills = forms.CharField(label=_("Competentie toevoegen (vrije tekst)"), max_length=500, required=False,
                                   help_text=_("bv. heftruck besturen of pallets stapelen; wij zoeken de ESCO-competentie."))
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)  # an edited vacancy's version as read (409 when stale)

    def clean_title(self) -> str:
        """The rule of the import and the API (vacancies/checks.py), shown with the form's other errors at once."""
        title = self.cleaned_data["title"]
        if problem := checks.title_problem(title):
            raise forms.ValidationError(problem)
        return title


def _confirmed(request: HttpRequest, suggestion: dict) -> tuple[str, list[dict]]:
    occupation = request.POST.get("occupation_uri", "")
    chosen = set(request.POST.getlist("skills"))
    optional = set(request.POST.getlist("optional"))
    return occupation, [{"uri": s["uri"], "essential": s["uri"] not in optional} for s in suggestion["skills"] if s["uri"] in chosen]


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN)
def new_vacancy(request: HttpRequest, principal: Principal) -> HttpResponse:
    employer_id = principal.user.organisation_id if principal.role == Role.EMPLOYER else _int(request.GET.get("employer_id"))
    return _intake_page(request, principal, IntakeForm(request.POST or None, initial={"ring_offer": intake.ring_offer_default(employer_id)}))


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN)
def edit_vacancy(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    """A draft or a published vacancy in the same guided form, filled with what it holds (walk of stop 42: a saved draft
    could be published or closed, never edited). Saving checks the version the page was read at (409 when stale)."""
    try:
        vacancy = intake.editable(principal, vacancy_id)
    except NotFound:
        raise Http404 from None
    except DomainError as exc:  # a partner's copy, or a vacancy no longer a draft or published (closed in another tab):
        # said on the vacancy's own page, not on a "Geen toegang" page without a way back (re-walk of stop 42)
        messages.error(request, " ".join([str(exc.detail), str(_("Deze vacature kan niet meer gewijzigd worden."))]))
        return redirect(reverse("vacancy_page", args=[vacancy_id]))
    return _intake_page(request, principal, IntakeForm(request.POST or None, initial=intake.form_values(vacancy)), vacancy)


def _intake_page(request: HttpRequest, principal: Principal, form: IntakeForm, vacancy=None) -> HttpResponse:  # noqa: ANN001 - a Vacancy
    """The guided form for a new vacancy, or (`vacancy`) for one being edited: suggest, then save as a draft or publish."""
    if principal.role == Role.EMPLOYER:  # the reader is the employer (walk of stop 39: "zoals de werkgever het standaard wil")
        form.fields["ring_offer"].help_text = OWN_RING_HINT
    suggestion, status, skills_errors = None, 200, []
    action = request.POST.get("action", "")
    held = intake.held_skills(vacancy) if vacancy is not None else {}
    if request.method == "GET" and vacancy is not None:  # the vacancy's own occupation and skills, ticked as stored
        suggestion = intake.suggest(vacancy.title, vacancy.description, _language(), vacancy.occupation_uri, extra_uris=list(held))
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            suggestion = intake.suggest(data["title"], data["description"], _language(), request.POST.get("occupation_uri", ""),
                                        added=data["extra_skills"], extra_uris=list(held))
            if suggestion["added"]["text"] and not suggestion["added"]["matched"]:  # said beside the field, as its hint
                form["extra_skills"].help_text = NO_MATCH
            if action in ("draft", "publish"):
                occupation, skills = _confirmed(request, suggestion)
                payload = {**data, "occupation_uri": occupation, "skills": skills, "employer_id": _int(request.POST.get("employer_id")),
                           "language_needs": [{"language": "nl", "level": data["dutch_level"]}] if data["dutch_level"] else []}
                try:
                    if vacancy is None:
                        made = intake.create(principal, payload, language=_language(), publish=action == "publish")
                    else:
                        made = intake.save_edit(principal, vacancy.pk, payload, version=posted_version(request), publish=action == "publish",
                                                language=_language())
                    messages.success(request, _("De vacature is gepubliceerd.") if action == "publish" and made.open else
                                     _("De vacature is als ontwerp bewaard.") if made.state == "draft" else _("De vacature is bijgewerkt."))
                    return redirect(reverse("vacancy_page", args=[made.pk]))
                except NotFound:
                    raise Http404 from None
                except DomainError as exc:
                    # the skills are the page's checkbox group, not a form field: their error links to its first box (walk
                    # of stop 39: it was said beside the optional free-text field)
                    skills_errors = [e.message for e in exc.errors if e.field == "skills"]
                    exc.errors = [e for e in exc.errors if e.field != "skills"]
                    if exc.errors or not skills_errors:
                        apply_errors(form, exc, aliases={"occupation_uri": "title", "language_needs": "dutch_level"})
            status = 200 if action in ("suggest", "tick_essential") and not form.errors and not skills_errors else 422
        else:
            status = 422
    # only what the employer ticked: nothing is ticked beforehand on a new vacancy; an edited one shows what it holds
    chosen = set(request.POST.getlist("skills")) if request.method == "POST" else set(held)
    optional = set(request.POST.getlist("optional")) if request.method == "POST" else {uri for uri, essential in held.items() if not essential}
    if suggestion and action == "tick_essential":  # "Alle essentiële aanvinken": the occupation's essential skills in one click,
        # and what the employer wrote or added themselves (walk of stop 39: a skill from their own text stayed unticked)
        chosen |= {s["uri"] for s in suggestion["skills"] if s.get("of_occupation") or s.get("source") in ("text", "added")}
    group_errors = [{"href": "skill-1", "label": _("Competenties"), "message": m} for m in skills_errors]
    return render(request, "vacancies/new.html", {"form": form, "s": suggestion, "chosen": chosen, "optional": optional, "group_errors": group_errors,
                                                   "skills_errors": skills_errors, "vacancy": vacancy}, status=status)


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN)
def vacancy_lifecycle(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    if request.method != "POST":
        return redirect(reverse("vacancy_page", args=[vacancy_id]))
    from .models import Application
    from .workflows import OPEN

    name = request.POST.get("transition", "")
    # closing or filling ends the running applications: the page asks to confirm it, naming how many (walk of stop 44:
    # one click closed the vacancy and ended a referral, and said only "bijgewerkt")
    running = Application.objects.filter(vacancy_id=vacancy_id, state__in=OPEN).count() if name in ("close", "fill") else 0
    if running and request.POST.get("bevestig") != "1":
        messages.error(request, _("Bevestig dat de lopende sollicitaties eindigen: er is niets gewijzigd."))
        return redirect(reverse("vacancy_page", args=[vacancy_id]))
    try:
        moved = intake.move(principal, vacancy_id, name, version=posted_version(request))
        done = {"close": _("De vacature is afgesloten."), "fill": _("De vacature is ingevuld."), "publish": _("De vacature is gepubliceerd.")}
        said = str(done.get(name) or _("De vacature is bijgewerkt: %(state)s.") % {"state": moved.state_label})
        if running:
            said += " " + ngettext("%(count)d lopende sollicitatie is beëindigd; de kandidaat kreeg een bericht.",
                                   "%(count)d lopende sollicitaties zijn beëindigd; elke kandidaat kreeg een bericht.", running) % {"count": running}
        messages.success(request, said)
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, " ".join([exc.detail, *[e.message for e in exc.errors]]))
    return redirect(reverse("vacancy_page", args=[vacancy_id]))


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN)
def vacancy_ring_offer(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    """The choice on the vacancy page: offered beyond Flanders (the ring offer) or not."""
    from . import rings

    if request.method != "POST":
        return redirect(reverse("vacancy_page", args=[vacancy_id]))
    offer = request.POST.get("ring_offer") == "1"
    try:
        rings.set_ring_offer(principal, vacancy_id, offer, version=posted_version(request))
        messages.success(request, _("De vacature wordt aangeboden buiten Vlaanderen als ze open blijft.") if offer else
                         _("De vacature wordt niet buiten Vlaanderen aangeboden; waar ze al stond, wordt ze ingetrokken."))
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, " ".join([exc.detail, *[e.message for e in exc.errors]]))
    return redirect(reverse("vacancy_page", args=[vacancy_id]))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
