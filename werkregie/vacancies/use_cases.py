"""Vacancies and applications in the platform: the vacancy page, applying, moving an application through its
declared workflow (each move logged and sent to the person's inbox), asking the counsellor, the lists of each side.
Each use case checks access (perms.py) and logs every read of personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.access.models import Shown
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import text_problem
from werkregie.core.workdays import add_working_days
from werkregie.workflows import reasons
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded

from . import applicants, closing, jobposting, labels, perms, referral
from .models import Application, ApplicationOrigin, ApplicationState, Vacancy

QUESTION_WORKING_DAYS = 3  # the counsellor answers a question about a vacancy within three working days
NEXT_STEP = {
    ApplicationState.INTERESTED: gettext_lazy("Uw bemiddelaar en de werkgever weten dat u interesse hebt. U kunt nu solliciteren."),
    ApplicationState.APPLIED: gettext_lazy("De werkgever bekijkt uw sollicitatie. U krijgt een bericht zodra er nieuws is."),
    ApplicationState.INTERVIEW: gettext_lazy("De werkgever nodigt u uit voor een gesprek en neemt contact met u op om een moment af te spreken."),
    ApplicationState.OFFER: gettext_lazy("De werkgever doet u een aanbod. Bespreek het gerust met uw bemiddelaar."),
    ApplicationState.HIRED: gettext_lazy("Proficiat met uw nieuwe job! Uw bemiddelaar neemt contact op over wat er nu verandert."),
    ApplicationState.REJECTED: gettext_lazy("Deze keer is het niet gelukt. Uw bemiddelaar helpt u verder met andere vacatures."),
    ApplicationState.WITHDRAWN: gettext_lazy("Uw sollicitatie is ingetrokken."),
    ApplicationState.PROPOSED: gettext_lazy("VDAB stelt u voor voor deze vacature. Laat weten of u interesse hebt."),
}

# after a counsellor's referral: the person did not click, so they are told how to undo it if they did not agree
REFERRED = gettext_lazy("Ging u toch niet akkoord? Trek de sollicitatie dan in op de pagina van de vacature en laat het uw bemiddelaar weten.")
INVITED = gettext_lazy("Een werkgever vond uw profiel (zonder uw naam) en nodigt u uit. Open de vacature: als u interesse toont, deelt u uw "
                       "profiel met deze werkgever. Doet u niets, dan blijft u anoniem.")


def _not_found() -> NotFound:
    return NotFound(_("Geen vacature met dit nummer binnen uw toegang."))


def visible_vacancy(principal: Principal | None, vacancy_id: int) -> Vacancy:
    vacancy = Vacancy.objects.select_related("employer", "municipality").prefetch_related("skills").filter(pk=vacancy_id).first()
    if vacancy is None:
        raise _not_found()
    if not perms.can_see_vacancy(principal, vacancy):
        # a job seeker keeps seeing a vacancy they applied to or were invited for, after it closed
        own = principal is not None and principal.role == Role.CITIZEN and principal.user.person_id and Application.objects.filter(
            vacancy=vacancy, person_id=principal.user.person_id).exists()
        if not own:
            raise _not_found()
    return vacancy


def own_vacancies(principal: Principal, state: str | None = None):  # noqa: ANN201 - a QuerySet of Vacancy
    """The vacancies of the employer user's own organisation, in every state (also the copies a partner sent, with
    their wording flags), newest first."""
    found = Vacancy.objects.filter(employer_id=principal.user.organisation_id).select_related("municipality")
    if state:
        found = found.filter(state=state)
    return found.order_by("-created_at", "-pk")


@dataclass
class VacancyPage:
    vacancy: Vacancy
    skills: list[dict]
    job_posting: dict
    explained: object = None  # matching's Explained for the logged-in job seeker
    application: Application | None = None
    actions: list = field(default_factory=list)  # the transitions the reader may make on their application
    history: list = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)  # the respectful version of the employer's feedback
    referral: str = ""  # a counsellor's referral with the person's agreement, in the person's words
    sharing_tells: list = field(default_factory=list)  # hiring.Disclosed: what sharing the hiring support lets the employer deduce


def _skill_rows(vacancy: Vacancy, has: set[str], language: str) -> list[dict]:
    from werkregie.matching import labels

    rows = []
    for s in sorted(vacancy.skills.all(), key=lambda s: (not s.essential, s.skill_uri)):
        rows.append(labels.skill(s.skill_uri, language, essential=s.essential, certificate=s.certificate_required, has=s.skill_uri in has))
    return rows


def vacancy_page(principal: Principal | None, vacancy_id: int, language: str = "nl", url: str = "") -> VacancyPage:
    """Everything the vacancy page shows. For a logged-in job seeker also how it fits them (logged as their own read)
    and their application with the moves they can make."""
    from werkregie.matching.models import COUNTING_SOURCES, PersonSkill
    from werkregie.matching.use_cases import vacancy_for_person

    vacancy = visible_vacancy(principal, vacancy_id)
    person_id = principal.user.person_id if principal is not None and principal.role == Role.CITIZEN else None
    has: set[str] = set()
    page = VacancyPage(vacancy, [], jobposting.job_posting(vacancy, url, language))
    if person_id:
        has = set(PersonSkill.objects.filter(person_id=person_id, source__in=COUNTING_SOURCES).values_list("skill_uri", flat=True))
        page.explained = vacancy_for_person(principal, person_id, vacancy, language)
        page.application = Application.objects.filter(vacancy=vacancy, person_id=person_id).first()
        if page.application is not None:
            page.actions = closing.available(page.application, principal.role)
            page.history = _own_history(page.application)
            page.referral = referral.note(page.application, referral.PERSON)
            from .feedback import citizen_text

            given = list(page.application.feedback.all())
            page.feedback = [citizen_text(f) for f in given]
            # the employer's feedback in the history too, at its moment, in its respectful version (walk of stop 42: on
            # the page but not in "Verloop van uw sollicitatie")
            page.history = sorted([*page.history, *(HistoryNote(f.given_at, _("Terugkoppeling van de werkgever"), citizen_text(f)) for f in given)],
                                  key=lambda h: h.at)
            if page.application.state not in (ApplicationState.WITHDRAWN, ApplicationState.REJECTED):
                from .hiring import sharing_tells

                page.sharing_tells = sharing_tells(page.application)
    page.skills = _skill_rows(vacancy, has, language)
    return page


@dataclass(frozen=True)
class HistoryNote:
    """A line of an application's history that is no transition (the employer's feedback), read like one."""

    at: object
    transition_label: str
    to_label: str


def _own_history(application: Application) -> list:
    """The application's moves as its person reads them: an application the person made themselves does not start with
    "Aangemaakt → Voorgesteld" (the workflow's initial state, logged in the same step as applying; walk of stop 42)."""
    from .models import ApplicationOrigin

    moves = wf.history(application)
    if application.origin == ApplicationOrigin.APPLIED and len(moves) > 1 and moves[0].transition == "create" and moves[1].transition == "apply":
        moves = moves[1:]
    # a referral by the counsellor reads as one, not as the person's own "Solliciteren" (re-walk of stop 42)
    return [HistoryNote(m.at, _("Doorverwezen door uw bemiddelaar"), m.to_label) if m.transition == "apply" and m.actor_role in (Role.COUNSELLOR, Role.ADMIN)
            else m for m in moves]


def _notify(application: Application, who: wf.Who, next_step: object = None) -> None:
    """Tell the person, in their language, through the one outbox (the inbox at least). `next_step`: what the person
    reads after the state, when the move has its own (the vacancy closed: closing.py)."""
    from werkregie.messaging import outbox

    vacancy = application.vacancy
    next_step = next_step or (INVITED if application.origin == ApplicationOrigin.INVITED else NEXT_STEP[application.state])
    if application.state == ApplicationState.APPLIED and application.agreement_on is not None:  # a counsellor's referral
        next_step = format_lazy("{} {} {}", referral.lazy_note(application, referral.PERSON), next_step, REFERRED)
    outbox.send(application.person_id, "vacancies.application_state",
                {"title": vacancy.title, "employer": vacancy.employer.name, "state": application.workflow.states[application.state],
                 "next": next_step}, who=who, related=("application", application.pk),
                dedupe_key=f"application:{application.pk}:v{application.version}")


def _notify_employer(application: Application, event: str) -> None:
    """Tell the employer (every user of the organisation reads its notices) that a candidate applied, shared their
    profile after an invitation, or withdrew; written in the move's transaction, so a refused move tells nobody."""
    from .models import EmployerNotice

    EmployerNotice.objects.create(organisation_id=application.vacancy.employer_id, vacancy_id=application.vacancy_id, application=application,
                                  event=event, created_at=clock.now())


EMPLOYER_EVENTS = {"apply": "applied", "interest": "interested", "withdraw": "withdrawn"}
REJECT_NEEDS_REASON = gettext_lazy("Een kandidaat afwijzen kan alleen met een reden: kies een reden in de terugkoppeling, of schrijf ze hier "
                                   "(minstens 5 tekens). De kandidaat en de bemiddelaar krijgen ze te zien.")


def apply(principal: Principal, vacancy_id: int, person_id: int | None = None, *, agreement: bool = False, agreement_how: str = "",
          agreement_on: dt.date | None = None) -> Application:
    """Apply for an open vacancy: a new application in state 'applied', or a proposal the person takes up. A counsellor
    applies for a person (refers them) only with the person's agreement, confirmed in the same step with how and on
    which day the person agreed; without it nothing changes."""
    person_id = person_id or principal.user.person_id
    vacancy = visible_vacancy(principal, vacancy_id)
    if not person_id or not perms.can_apply_for(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    referring = principal.role != Role.CITIZEN
    if referring and (errors := referral.agreement_errors(vacancy, agreement, agreement_how, agreement_on)):
        raise InvalidInput(_("Doorverwijzen kan alleen met het akkoord van de persoon: er is niets doorverwezen."), errors)
    if not vacancy.open:
        raise InvalidInput(_("Deze vacature is niet meer open."), [FieldError("vacancy", _("Deze vacature is niet meer open: solliciteren of doorverwijzen kan niet meer."))])
    who = wf.Who.of(principal)
    with transaction.atomic():
        existing = Application.objects.select_for_update().filter(vacancy=vacancy, person_id=person_id).first()
        if existing is None:
            existing = wf.create(Application, who, vacancy=vacancy, person_id=person_id, origin=ApplicationOrigin.APPLIED)
        if existing.workflow.find("apply", existing.state) is not None:
            # someone applying for the person records the person's agreement on the application and in the log, with
            # who recorded it, how and when the person agreed: the ground on which the employer sees the profile (the
            # person is told and can withdraw)
            fields = _shared(existing) or {}
            agreed, data = "", None
            if referring:
                fields |= referral.recorded(who.label, agreement_how, agreement_on)
                agreed = coded(reasons.REFERRED_WITH_AGREEMENT_ON, who=who.label, employer=vacancy.employer.name if vacancy.employer_id else "",
                               how=coded(f"vacancies.agreement_how.{agreement_how}"), day=agreement_on, max_length=1000)
                data = {"agreement": "recorded_by", "recorded_by": who.label, "how": agreement_how, "agreed_on": agreement_on.isoformat()}
            application = wf.transition(existing, "apply", who, fields=fields or None, reason=agreed, data=data)
            application.vacancy = vacancy
        else:
            raise InvalidInput(_("U hebt al gesolliciteerd voor deze vacature (%(state)s).") % {"state": existing.state_label},
                               [FieldError("vacancy", _("Voor deze persoon loopt al een sollicitatie of doorverwijzing voor deze vacature (%(state)s).")
                                           % {"state": existing.state_label})])
        tell(application, who, "apply")
    return application


def proposed(application: Application) -> None:
    """VDAB proposed the person for the vacancy (an application of origin 'proposed', just created): the employer is told
    when the proposal lets it see the person (the person consents to be proposed to employers:
    people.perms.employer_grounds), since that proposal is a new candidate for the employer as much as an application
    is (walk of issue 16: a proposed candidate appeared by name among the applications without any notice). Without
    that consent the employer sees nothing of the person, so nothing is announced."""
    from werkregie.people.perms import employer_grounds

    if employer_grounds(application.vacancy.employer_id).filter(pk=application.pk).exists():
        _notify_employer(application, "proposed")


def _shared(application: Application) -> dict | None:
    """Showing interest in (or applying to) an employer's invitation shares the profile with that employer: the
    invitation becomes an application, the ground on which the employer sees the person."""
    return {"origin": ApplicationOrigin.APPLIED} if application.origin == ApplicationOrigin.INVITED else None


def _application(principal: Principal, application_id: int) -> Application:
    application = Application.objects.select_related("vacancy", "vacancy__employer", "person").filter(pk=application_id).first()
    if application is None or not perms.can_see_application(principal, application):
        raise NotFound(_("Geen sollicitatie met dit nummer binnen uw toegang."))
    return application


def move(principal: Principal, application_id: int, name: str, *, reason: str = "", version: int | None = None) -> Application:
    """Make a declared transition on an application (the table decides who may), log it, and tell the person."""
    application = _application(principal, application_id)
    if principal.role == Role.EMPLOYER and not perms.is_employer_of(principal, application.vacancy):
        raise Forbidden(_("Dit is geen vacature van uw organisatie."))
    if name == "reject" and len((reason or "").strip()) < 5:
        raise InvalidInput(str(REJECT_NEEDS_REASON), [FieldError("reason", str(REJECT_NEEDS_REASON))])
    who = wf.Who.of(principal)
    with transaction.atomic():
        closing.refuse_unless_open(application, name)
        was_invited = application.origin == ApplicationOrigin.INVITED
        moved = wf.transition(application, name, who, reason=reason, expected_version=version,
                              fields=_shared(application) if name in ("interest", "apply") else None)
        moved.vacancy = application.vacancy
        tell(moved, who, name, was_invited=was_invited)
    return moved


def tell(application: Application, who: wf.Who, name: str, *, was_invited: bool = False, next_step: object = None) -> None:
    """Who hears of a move, inside its transaction: the person always; the employer of an application, of a withdrawal,
    and of an invited person sharing their profile, not of an invited person's silence or refusal (they stay
    anonymous). Also the demo's applications, which are made at past dates without anyone's login."""
    _notify(application, who, next_step)
    if name in ("apply", "withdraw") or (name == "interest" and was_invited):
        if not (name == "withdraw" and was_invited):
            _notify_employer(application, EMPLOYER_EVENTS[name])


def ask_counsellor(principal: Principal, vacancy_id: int, question: str) -> None:
    """The job seeker asks their counsellor about a vacancy: a task in the counsellor's worklist."""
    from werkregie.worklist.enums import TaskKind
    from werkregie.worklist.services import upsert_task

    vacancy = visible_vacancy(principal, vacancy_id)
    person_id = principal.user.person_id
    if principal.role != Role.CITIZEN or not person_id:
        raise Forbidden(_("Alleen de werkzoekende zelf kan dit vragen."))
    question = (question or "").strip()
    if len(question) > 1000:
        raise InvalidInput(_("De vraag is niet verstuurd."), [FieldError("question", _("Hoogstens 1000 tekens."))])
    if problem := text_problem(question):  # shown in the counsellor's worklist: checked as the employer's feedback note is
        raise InvalidInput(_("De vraag is niet verstuurd."), [FieldError("question", problem)])
    upsert_task(f"vacancy-question:{vacancy.pk}:{person_id}", person_id=person_id, kind=TaskKind.OTHER,
                due_on=add_working_days(clock.today(), QUESTION_WORKING_DAYS), title=coded(labels.QUESTION, title=vacancy.title),
                url=reverse("vacancy_page", args=[vacancy.pk]), detail=question or coded(labels.QUESTION_WITHOUT_TEXT), source="vacancies")


def _with_referral_notes(applications: list[Application], audience: str) -> list[Application]:
    """Each application with its referral in the reader's words (`referral_note`, "" for one the person made)."""
    for a in applications:
        a.referral_note = referral.note(a, audience)
    return applications


def my_applications(principal: Principal) -> list[Application]:
    if principal.role != Role.CITIZEN or not principal.user.person_id:
        return []
    found = _with_referral_notes(list(Application.objects.filter(person_id=principal.user.person_id).select_related("vacancy", "vacancy__employer")
                                      .prefetch_related("feedback").order_by("-state_since", "-pk")), referral.PERSON)
    from .labels import FOR_CITIZEN

    for a in found:  # the employer's feedback in its respectful version, beside the application (walk of stop 39: only in the inbox)
        a.feedback_for_citizen = [(fb.given_at, FOR_CITIZEN[fb.reason]) for fb in a.feedback.all()]
    return found


def applications_of_person(principal: Principal, person_id: int) -> list[Application]:
    """A job seeker's applications with the employers' feedback, for their counsellor (the person's file; logged)."""
    from werkregie.people import perms as people_perms

    if principal.role not in perms.GUIDING_ROLES or not people_perms.can_view_person(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    found = list(Application.objects.filter(person_id=person_id).select_related("vacancy", "vacancy__employer").prefetch_related("feedback")
                 .order_by("-state_since", "-pk"))
    _with_referral_notes(found, referral.GUIDE)
    from .feedback import skill_names

    for a in found:  # the missing competences named, as the person's own page names them (walk of issue 12, r3)
        for fb in a.feedback.all():
            fb.missing_names = skill_names(fb.missing_skills)
    if found:
        record_access(principal.actor(), [person_id], "sollicitaties en terugkoppeling van werkgevers",
                      Purpose.ADMINISTRATION if principal.role == Role.ADMIN else Purpose.GUIDANCE, principal.channel)
    return found


def applications_for_vacancy(principal: Principal, vacancy_id: int) -> tuple[Vacancy, list[Application]]:
    """The employer's (or VDAB's) list of applications to a vacancy, each read logged. The employer gets only the
    applications that are themselves its ground to see the person (applied, or proposed with consent, not withdrawn):
    an invitation the person has not answered by sharing stays out, even when the person is known to the employer
    through another vacancy (the suggestions show it under its pseudonym; its silence or refusal is never told).
    VDAB gets the applications of the persons it may see."""
    from werkregie.people import perms as people_perms

    vacancy = visible_vacancy(principal, vacancy_id)
    if not (perms.is_employer_of(principal, vacancy) or principal.role in perms.GUIDING_ROLES):
        raise _not_found()
    if principal.role == Role.EMPLOYER:
        found = people_perms.shared_applications(principal).filter(vacancy=vacancy)
    else:
        found = Application.objects.filter(vacancy=vacancy, person_id__in=people_perms.visible_persons(principal).values("pk"))
    applications = list(found.select_related("person").prefetch_related("feedback").order_by("state", "-state_since", "pk"))
    for a in applications:
        a.vacancy = vacancy  # its state decides the moves shown (closing.available)
    if principal.role == Role.EMPLOYER:
        return vacancy, _for_employer(principal, vacancy, applications)
    purpose = Purpose.ADMINISTRATION if principal.role == Role.ADMIN else Purpose.GUIDANCE
    fits = applicants.fits_for_vacancy(vacancy, [a.person_id for a in applications])
    for a in applications:
        a.fit = fits[a.person_id]  # the person's competences and which of the asked ones they have (what was promised)
        a.candidate, a.live = f"{a.person.first_name} {a.person.last_name}", True
    _with_referral_notes(applications, referral.audience_of(principal.role))
    record_access(principal.actor(), [a.person_id for a in applications],
                  f"sollicitaties voor vacature {vacancy.pk} (naam, toestand, competenties en de gevraagde competenties die de kandidaat heeft)",
                  purpose, principal.channel, shown=Shown.LIST)
    return vacancy, applications


def _for_employer(principal: Principal, vacancy: Vacancy, applications: list[Application]) -> list[Application]:
    """The employer's list: a running application with the person's live name and competences, an ended one (hired,
    not retained) as it was shared when it ended, and after the retention period its outcome only: no name, no
    competences, no referral, no feedback (applicants.for_employer). Each read logged with what it showed."""
    live, at_end = applicants.for_employer(vacancy, applications)
    # the employer's list holds only the applications that are its ground to see the person: a referral shows on those
    _with_referral_notes(applications, referral.EMPLOYER)
    for a in applications:
        a.outcome_only = not a.live and a.fit is None
        if a.outcome_only:
            a.referral_note, a.shown_feedback = "", []
        else:
            a.shown_feedback = list(a.feedback.all())
    record_access(principal.actor(), live,
                  f"sollicitaties voor vacature {vacancy.pk} (naam, toestand, competenties en de gevraagde competenties die de kandidaat heeft)",
                  Purpose.RECRUITMENT, principal.channel, shown=Shown.LIST)
    record_access(principal.actor(), at_end,
                  f"beëindigde sollicitaties voor vacature {vacancy.pk} (naam, toestand en competenties zoals gedeeld bij het einde)",
                  Purpose.RECRUITMENT, principal.channel, shown=Shown.LIST)
    return applications
