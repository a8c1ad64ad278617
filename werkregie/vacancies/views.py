"""Pages of vacancies: the vacancy page (everyone for an open vacancy; for a job seeker with the fit, "apply" and "ask
my counsellor"), and an employer's list of applications to a vacancy with the moves and the one-click feedback.
Thin: the use cases decide and log."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.web.helpers import apply_errors, posted_version, roles

from . import closing, jobposting
from . import use_cases as services
from .models import ApplicationState, Vacancy, VacancyState


def _language() -> str:
    language = (get_language() or "nl")[:2]
    return language if language in ("nl", "fr", "en") else "nl"


class QuestionForm(forms.Form):
    question = forms.CharField(label=_("Uw vraag aan uw bemiddelaar (niet verplicht)"), max_length=1000, required=False,
                               widget=forms.Textarea(attrs={"rows": 3}))


class MoveForm(forms.Form):
    transition = forms.CharField(max_length=40, widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reden"), max_length=300, required=False)


def vacancy_page(request: HttpRequest, vacancy_id: int) -> HttpResponse:
    principal = Principal.for_session(request.user) if request.user.is_authenticated else None
    question = QuestionForm(request.POST if request.POST.get("form") == "question" else None)
    status = 200
    if request.method == "POST":
        if principal is None:
            return redirect(f"{reverse('login')}?next={request.path}")
        action = request.POST.get("form")
        try:
            if action == "apply":
                services.apply(principal, vacancy_id)
                messages.success(request, _("Uw sollicitatie is verstuurd. De werkgever ziet nu uw profiel en contactgegevens."))
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
            if action == "move":
                application = services.vacancy_page(principal, vacancy_id, _language()).application
                if application is None:
                    raise Http404
                transition = request.POST.get("transition", "")
                if transition == "withdraw" and request.POST.get("bevestig") != "1":  # asked on the page first
                    messages.error(request, _("Bevestig dat u uw sollicitatie wilt intrekken: er is niets gewijzigd."))
                    return redirect(reverse("vacancy_page", args=[vacancy_id]))
                moved = services.move(principal, application.pk, transition, version=posted_version(request))
                messages.success(request, _("Uw sollicitatie is ingetrokken. De werkgever ziet uw profiel niet meer via deze vacature.")
                                 if transition == "withdraw" else
                                 _("Uw sollicitatie is bijgewerkt: %(state)s.") % {"state": moved.state_label})
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
            if action == "share_measures":
                from . import hiring

                application = services.vacancy_page(principal, vacancy_id, _language()).application
                if application is None:
                    raise Http404
                shared = request.POST.get("share") == "1"
                hiring.share(principal, application.pk, shared)
                messages.success(request, _("De werkgever ziet nu of uw aanwerving recht geeft op steun (niet de gegevens erachter).") if shared
                                 else _("De werkgever ziet niet meer of uw aanwerving recht geeft op steun."))
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
            if action == "question" and question.is_valid():
                services.ask_counsellor(principal, vacancy_id, question.cleaned_data["question"])
                messages.success(request, _("Uw vraag is naar uw bemiddelaar gestuurd. U krijgt binnen drie werkdagen een antwoord."))
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
        except NotFound:
            raise Http404 from None
        except DomainError as exc:
            if action == "question":
                apply_errors(question, exc)
            else:
                messages.error(request, exc.detail)
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
        status = 200 if action == "work_pays" else 422  # "Loont werken?" (rules) posts the typed benefit here: shown, never stored
    try:
        page = services.vacancy_page(principal, vacancy_id, _language(), request.build_absolute_uri())
    except NotFound:
        # a vacancy that was published and is no longer (closed, filled, expired): its link (shared, bookmarked, in a
        # search engine) says so, as it does to a logged-in job seeker, instead of "does not exist" (walk of stop 44);
        # nothing of it is shown, and a draft or an unknown number stays a 404
        from werkregie.workflows.models import TransitionLog

        ended = Vacancy.objects.filter(pk=vacancy_id, state__in=(VacancyState.CLOSED, VacancyState.FILLED, VacancyState.EXPIRED)).first()
        was_published = TransitionLog.objects.filter(Q(to_state=VacancyState.PUBLISHED) | Q(from_state=VacancyState.PUBLISHED),
                                                     workflow="vacancy", object_id=vacancy_id)  # a vacancy loaded as published has only the second
        if ended is not None and (ended.source or was_published.exists()):
            return render(request, "vacancies/gone.html", status=410)
        raise Http404 from None
    is_seeker = principal is not None and principal.role == Role.CITIZEN and bool(principal.user.person_id)
    from . import perms, rings

    is_owner = principal is not None and perms.is_employer_of(principal, page.vacancy)
    # another employer reads the public view of a published vacancy: nothing of its lifecycle, applications or candidates
    lifecycle = [t for t in page.vacancy.workflow.available(page.vacancy.state, principal.role)] if principal is not None and (
        (is_owner and not page.vacancy.source) or principal.role in (Role.COUNSELLOR, Role.ADMIN)) else []

    staff = principal is not None and principal.role in perms.GUIDING_ROLES
    shared = rings.distribution(principal, vacancy_id) if is_owner or staff else None
    running = 0
    if lifecycle:  # closing or filling asks to confirm that these end (intake_views.vacancy_lifecycle)
        from .workflows import OPEN

        running = page.vacancy.applications.filter(state__in=OPEN).count()
    return render(request, "vacancies/page.html", {"page": page, "v": page.vacancy, "e": page.explained, "is_seeker": is_seeker, "lifecycle": lifecycle,
                                                    "question": question, "json_ld": jobposting.as_script(page.job_posting), "shared": shared,
                                                    "is_owner": is_owner, "show_flags": is_owner or staff, "running_applications": running, **_links(principal)},
                  status=status)


def _links(principal: Principal | None) -> dict:
    """Which of the vacancy's private pages the reader may open, by the roles those pages themselves allow (walk of
    issue 12, r3: an analyst, a partner, a municipality were offered links that answered 403)."""
    from werkregie.matching.views import vacancy_candidates

    role = principal.role if principal is not None else None
    return {"can_applications": role in vacancy_applications.allowed_roles, "can_candidates": role in vacancy_candidates.allowed_roles}


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN)
def vacancy_applications(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    move = MoveForm(request.POST if request.POST.get("form") == "move" else None)
    status = 200
    if request.method == "POST" and request.POST.get("form") == "move":
        application_id = _posted_int(request, "application")
        if move.is_valid():
            try:
                services.move(principal, application_id, move.cleaned_data["transition"], reason=move.cleaned_data["reason"],
                              version=posted_version(request))
                messages.success(request, _("De sollicitatie is bijgewerkt en de kandidaat is verwittigd."))
                return redirect(reverse("vacancy_applications", args=[vacancy_id]))
            except NotFound:
                raise Http404 from None
            except DomainError as exc:
                messages.error(request, exc.detail)
        status = 422
    try:
        vacancy, applications = services.applications_for_vacancy(principal, vacancy_id)
    except NotFound:
        raise Http404 from None

    from .feedback import FEEDBACK_STATES as feedback_states

    rows = []
    for a in applications:
        available = closing.available(a, principal.role)
        can_reject = any(t.name == "reject" for t in available)
        outcome_only = getattr(a, "outcome_only", False)  # after the retention period: the employer sees the outcome only
        rows.append({"a": a, "actions": [t for t in available if t.name != "reject"], "feedback": [] if outcome_only else list(a.feedback.all())[:1],
                     "outcome_only": outcome_only,
                     "can_feedback": not outcome_only and principal.role in (Role.EMPLOYER, Role.ADMIN) and a.state != ApplicationState.HIRED
                     and (can_reject or a.state in feedback_states)})
    return render(request, "vacancies/applications.html", {"v": vacancy, "rows": rows}, status=status)


def _posted_int(request: HttpRequest, name: str) -> int:
    value = (request.POST.get(name) or "").strip()
    if not value.isdigit():
        raise Http404
    return int(value)


PROVED = _("de kandidaat heeft hiervoor een bewijs")


class FeedbackForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reden"), widget=forms.RadioSelect)
    missing_skills = forms.MultipleChoiceField(label=_("Welke gevraagde competenties ontbraken?"), required=False,
                                               widget=forms.CheckboxSelectMultiple, help_text=_("Alleen bij “Ontbrekende competenties”."))
    note = forms.CharField(label=_("Toelichting voor de bemiddelaar (niet verplicht)"), max_length=1000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    reject = forms.BooleanField(label=_("De kandidaat wordt niet weerhouden"), required=False)

    def __init__(self, *args, skills: list[tuple[str, str]], can_reject: bool, **kwargs) -> None:  # noqa: ANN002, ANN003
        from .models import FeedbackReason

        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = FeedbackReason.choices
        self.fields["missing_skills"].choices = skills
        if not can_reject:
            del self.fields["reject"]


@roles(Role.EMPLOYER, Role.ADMIN)
def application_feedback(request: HttpRequest, principal: Principal, application_id: int) -> HttpResponse:

    from . import feedback as feedback_cases

    try:
        application = services._application(principal, application_id)
    except NotFound:
        raise Http404 from None
    language = _language()
    from werkregie.matching import labels as skill_labels

    from .applicants import certified_asked

    proved = certified_asked(principal, application)  # shown beside the competence, so that it is not marked missing unseen
    skills = [(s["uri"], format_html("{} — {}", skill_labels.render(s), PROVED) if s["uri"] in proved else skill_labels.render(s))
              for s in services._skill_rows(application.vacancy, set(), language)]
    can_reject = any(t.name == "reject" for t in closing.available(application, principal.role))
    form = FeedbackForm(request.POST or None, skills=skills, can_reject=can_reject)  # "niet weerhouden" starts unticked (walk of issue 16)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                feedback_cases.give(principal, application_id, data["reason"], missing_skills=data["missing_skills"], note=data["note"],
                                    reject=bool(data.get("reject")), version=posted_version(request))
                messages.success(request, _("Bedankt. De terugkoppeling is bewaard; de kandidaat en de bemiddelaar zijn verwittigd."))
                return redirect(reverse("vacancy_applications", args=[application.vacancy_id]))
            except NotFound:
                raise Http404 from None
            except DomainError as exc:
                apply_errors(form, exc)
        status = 422
    return render(request, "vacancies/feedback.html", {"a": application, "v": application.vacancy, "form": form, "given": list(application.feedback.all())},
                  status=status)


@roles(Role.EMPLOYER)
def vacancy_suggestions(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    from . import candidates

    if request.method == "POST":
        try:
            candidates.invite(principal, vacancy_id, request.POST.get("candidate", ""))
            messages.success(request, _("De kandidaat is uitgenodigd. U ziet wie het is zodra die persoon het profiel met u deelt."))
        except NotFound:
            raise Http404 from None
        except DomainError as exc:
            messages.error(request, exc.detail)
        return redirect(reverse("vacancy_suggestions", args=[vacancy_id]))
    try:
        found, known = candidates.suggestions_and_known(principal, vacancy_id, _language())
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=422)
    from werkregie.matching import shown

    from .models import Vacancy

    return render(request, "vacancies/suggestions.html", {"v": Vacancy.objects.get(pk=vacancy_id), "found": found, "known": known,
                                                          "results": found, "few": 0 < len(found) < shown.FEW_RESULTS,
                                                          "floor": settings.MATCHING_SHOWN_SCORE})
