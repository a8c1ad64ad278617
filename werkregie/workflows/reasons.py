"""The reasons the platform writes itself into the transition log, and the worklist task titles of the domains that
have no label module of their own, registered as codes with their Dutch source text (werkregie.workflows.labels):
stored as code + parameters, translated on display (`{{ log.reason|label }}`, `labels.render` in the API). Loaded
when the workflows app is ready, so every page, API and command can render them. A reason a person typed stays as
typed."""

from django.utils.translation import gettext_noop

from .labels import register

# trajectories
NEW_VERSION = register("reason.agreement.new_version", gettext_noop("Nieuwe versie van versie %(n)s"))
CARRIED_OVER = register("reason.step.carried_over", gettext_noop("Overgenomen uit versie %(n)s"))
ALREADY_APPROVED = register("reason.step.already_approved", gettext_noop("Al goedgekeurd in versie %(n)s"))
TRAINING_FOLLOWED = register("reason.step.training_followed", gettext_noop("Opleiding gevolgd (bevestigd door %(who)s)"))
STRUCK_FROM_DRAFT = register("reason.step.struck_from_draft", gettext_noop("Geschrapt uit het ontwerp"))
REPLACED_BY = register("reason.step.replaced_by", gettext_noop("Vervangen door versie %(n)s"))
VERSION_ACCEPTED = register("reason.agreement.version_accepted", gettext_noop("Versie %(n)s aanvaard"))
AGREEMENTS_ACCEPTED = register("reason.trajectory.agreements_accepted", gettext_noop("Afspraken aanvaard"))
RESUMED_AFTER = register("reason.trajectory.resumed_after", gettext_noop("Hervat na %(days)s dagen schorsing"))
ALL_STEPS_APPROVED = register("reason.agreement.all_steps_approved", gettext_noop("Alle stappen goedgekeurd"))
APPLICATIONS_DONE = register("reason.step.applications_done", gettext_noop("%(n)s sollicitaties via het platform"))
CONFIRMED_WITHOUT_EVIDENCE = register("reason.step.confirmed_without_evidence", gettext_noop("Gedaan, bevestigd door de bemiddelaar (geen bewijs nodig)"))
CARRIED_TO_NEXT_LEVEL = register("reason.step.carried_to_next_level", gettext_noop("Overgenomen in de afspraak van het volgende niveau"))
STEP_TO_CONTROL = register("reason.step.to_control", gettext_noop("Vervallen: het dossier is overgedragen aan de controledienst"))
MISSED_ON = register("reason.step.missed_on", gettext_noop("Niet gehaald op %(date)s"))
SUSPENDED_INCAPACITY = register("reason.step.suspended_incapacity", gettext_noop("Erkende arbeidsongeschiktheid op %(date)s: geschorst, niet gemist"))
RESUMED_INCAPACITY = register("reason.step.resumed_incapacity", gettext_noop("Arbeidsongeschiktheid voorbij: nieuwe datum %(date)s"))
# a binding agreement missed by the sweep (its log reason and its worklist task's detail): the steps, each with its date
MISSED_STEPS = register("reason.agreement.missed_steps", gettext_noop("Niet gehaald: %(steps)s"))
STEP_ON = register("reason.step.title_on", gettext_noop("%(step)s (uiterlijk op %(date)s)"))
# appointments
REFERRED = register("reason.appointment.referred", gettext_noop("Niet gekomen zonder aanvaarde geldige reden binnen de termijn"))
LINK_EXPIRED = register("reason.appointment.link_expired", gettext_noop("Boekingslink ongebruikt verlopen"))
# compliance
# a decision as the proposal had it: its row in the case's history says so (walk of stop 37: a decision row without a
# reason, where a deviation has its own); the motivation is on the case
DECIDED_AS_PROPOSED = register("reason.case.decided_as_proposed", gettext_noop("Beslist zoals voorgesteld; de motivering staat in het dossier"))
DEEMED_NOTIFIED = register("reason.case.deemed_notified", gettext_noop("Kennisgeving geacht ontvangen op %(day)s"))
APPEAL_TERM_OVER_ON = register("reason.case.appeal_term_over_on", gettext_noop("Beroepstermijn verstreken op %(day)s zonder beroep"))
WRITTEN_DEFENCE = register("reason.case.written_defence", gettext_noop("Schriftelijk verweer, afstand van het verhoor"))
DEFENCE_TERM_OVER = register("reason.case.defence_term_over", gettext_noop("Termijn voor verweer verstreken op %(day)s"))
DEFENCE_TERM_OVER_NONE = register("reason.case.defence_term_over_none", gettext_noop("Termijn voor verweer verstreken op %(day)s zonder verweer"))
APPEAL_TERM_OVER = register("reason.case.appeal_term_over", gettext_noop("Beroepstermijn verstreken"))
# community
ASSIGNMENT_COMPLETE = register("reason.assignment.complete", gettext_noop("Maximale duur bereikt of activiteit afgelopen"))

# worklist task titles of the worklist's own sweep and of messaging
SCREENING_NEW = register("worklist.task.screening_new", gettext_noop("Screening binnen de termijn na inschrijving"))
SCREENING_NEW_DETAIL = register("worklist.detail.screening_new", gettext_noop("Werkzoekend sinds %(day)s, nog niet gescreend in deze periode."))
SCREENING_LAST_DETAIL = register("worklist.detail.screening_last", gettext_noop("Laatste beoordeling op %(day)s."))
AGREEMENT_TO_MAKE_DETAIL = register("worklist.detail.agreement_to_make",
                                    gettext_noop("Uitkering sinds %(since)s; niet-zelfredzaam beoordeeld op %(on)s."))
SCREENING_RESCREEN = register("worklist.task.screening_rescreen", gettext_noop("Herscreening (beoordeling verloopt)"))
SCREENING_RESCREEN_LONG_TERM = register("worklist.task.screening_rescreen_long_term", gettext_noop("Versnelde herscreening (langdurig werkzoekend)"))
AGREEMENT_TO_MAKE = register("worklist.task.agreement_to_make", gettext_noop("Bindende afspraken maken (niet-zelfredzaam, met uitkering)"))
MESSAGE_BOUNCED = register("messaging.task.bounced", gettext_noop("Bericht niet afgeleverd: %(subject)s"))
# the channels are coded texts too (messaging.channel.<value>); the error is the gateway's own text, as it came
MESSAGE_BOUNCED_DETAIL = register("messaging.task.bounced_detail", gettext_noop("Verstuurd via %(first)s, niet afgeleverd via %(channel)s: %(error)s"))

# municipalities: a referral to VDAB (the note the municipality typed is the task's detail, as typed)
MUNICIPALITY_REFERRAL = register("municipalities.task.referral", gettext_noop("Doorverwezen door %(org)s: screening en traject"))

# appointments' worklist tasks; the kind of appointment is itself a coded text (translated inside the title)
CONVOKE = register("appointments.task.convoke", gettext_noop("Oproepen voor een vast moment: %(kind)s"))
CONVOKE_DETAIL = register("appointments.task.convoke_detail", gettext_noop("De boekingslink verliep op %(day)s zonder dat een moment gekozen werd."))
EXCUSE_REVIEW = register("appointments.task.excuse_review", gettext_noop("Bewijs van afwezigheid beoordelen"))
ATTENDANCE = register("appointments.task.attendance", gettext_noop("Aanwezigheid registreren: %(kind)s van %(when)s"))


def register_choices(prefix: str, choices: list[tuple[str, object]]) -> None:
    """Register the label of each choice as the code `prefix.value`, for a parameter of a coded text (the label's
    Dutch source text is its msgid: translated like the label itself)."""
    from django.utils import translation

    with translation.override("nl"):
        for value, label in choices:
            register(f"{prefix}.{value}", str(label))


def _register_choices() -> None:
    from werkregie.appointments.enums import AppointmentKind
    from werkregie.messaging.enums import Channel
    from werkregie.vacancies.models import AgreementHow  # loaded when the workflows app is ready, models included

    register_choices("appointments.kind", AppointmentKind.choices)
    register_choices("messaging.channel", Channel.choices)
    register_choices("vacancies.agreement_how", AgreementHow.choices)


_register_choices()


def appointment_kind(value: str) -> str:
    """The coded label of an appointment kind, for a parameter of a coded title."""
    from .labels import coded

    return coded(f"appointments.kind.{value}")


def channel(value: str) -> str:
    """The coded label of a messaging channel (an unknown value as it is)."""
    from .labels import coded

    try:
        return coded(f"messaging.channel.{value}")
    except KeyError:
        return value


# vacancies
REFERRED_WITH_AGREEMENT = register("reason.application.referred_with_agreement", gettext_noop(
    "Doorverwezen door %(who)s; de persoon ging akkoord met deze sollicitatie en met het delen van het profiel met %(employer)s"))
# since the agreement is recorded with how and on which day the person agreed (older rows keep the text above)
REFERRED_WITH_AGREEMENT_ON = register("reason.application.referred_with_agreement_on", gettext_noop(
    "Doorverwezen door %(who)s; de persoon ging %(how)s akkoord op %(day)s met deze sollicitatie en met het delen van het "
    "profiel met %(employer)s"))
