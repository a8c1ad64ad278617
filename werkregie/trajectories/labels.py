"""Texts trajectories writes for people to read later (worklist tasks, the agreements and steps it makes itself),
stored as codes with parameters and translated when shown (werkregie.workflows.labels). Dutch source texts."""

from django.utils.translation import gettext_noop

from werkregie.workflows.labels import coded, is_coded, register, render  # noqa: F401 - re-exported for the domain

# worklist tasks
AGREEMENT_TO_MAKE = register("trajectories.task.agreement_to_make", gettext_noop("Bindende afspraken maken (uiterlijk %(date)s)"))
EVIDENCE = register("trajectories.task.evidence", gettext_noop("Bewijs nakijken: %(step)s"))
PARTNER_REPORT = register("trajectories.task.partner_report", gettext_noop("Verslag van de partner nakijken: %(step)s"))
FOLLOW_UP_MISSED = register("trajectories.task.follow_up_missed", gettext_noop("Opvolgplan niet nagekomen: bespreken"))
ESCALATE = {
    "formal": register("trajectories.task.escalate_formal", gettext_noop("Afspraak niet nagekomen: formele afspraak opmaken")),
    "final": register("trajectories.task.escalate_final", gettext_noop("Afspraak niet nagekomen: ultieme afspraak opmaken")),
}
TO_CONTROL = register("trajectories.task.to_control", gettext_noop("Ultieme afspraak niet nagekomen: dossier naar de controledienst"))
REINTEGRATION_REVIEW = register("trajectories.task.reintegration_review", gettext_noop("Re-integratie bekijken met het ziekenfonds (uiterlijk %(date)s)"))
SICKNESS_ROUTE = register("trajectories.task.sickness_route", gettext_noop("Re-integratie bekijken met het ziekenfonds; traject uiterlijk %(date)s"))
# the task's own date (the review in month 3) first, then the trajectory's (month 5): walk of stop 29, the title named
# only the later date while the row said "60 dagen te laat"
SICKNESS_REVIEW = register("trajectories.task.sickness_review",
                           gettext_noop("Re-integratie bekijken met het ziekenfonds uiterlijk %(review)s; traject uiterlijk %(date)s"))
SICK_SINCE = register("trajectories.detail.sick_since", gettext_noop("Ziek sinds %(date)s"))
STEP_DUE = register("trajectories.task.step_due", gettext_noop("Afspraak vervalt: %(step)s"))
NOT_ACCEPTED = register("trajectories.task.not_accepted", gettext_noop("Afspraken niet aanvaard binnen de termijn: %(title)s"))
FOLLOW_UP_CHECK = register("trajectories.task.follow_up_check", gettext_noop("Periodieke opvolging van het opvolgplan"))
LANGUAGE_NEED = register("trajectories.task.language_need", gettext_noop("Taalcursus voorstellen: Nederlands %(have)s, gevraagd %(level)s"))

# agreements and steps the platform makes (the special routes)
# an escalated agreement titled after its level when the missed one carried its level's name ("Afsprakenblad — Formele
# afspraak": walk of stop 29)
LEVEL_TITLES = {
    "formal": register("trajectories.agreement.formal", gettext_noop("Formele afspraak")),
    "final": register("trajectories.agreement.final", gettext_noop("Ultieme afspraak")),
}
SICKNESS_AGREEMENT = register("trajectories.agreement.sickness", gettext_noop("Re-integratie na ziekte"))
SICKNESS_NOTES = register("trajectories.agreement.sickness_notes", gettext_noop("Samen met het ziekenfonds (Terug-naar-werk)."))
SICKNESS_STEP = register("trajectories.step.sickness_talk", gettext_noop("Re-integratiegesprek met het ziekenfonds (Terug-naar-werk)"))
NEWCOMER_AGREEMENT = register("trajectories.agreement.newcomer", gettext_noop("Inburgering en Nederlands"))
NEWCOMER_NOTES = register("trajectories.agreement.newcomer_notes",
                          gettext_noop("Het inburgeringstraject van het agentschap en de cursus Nederlands als tweede taal."))
INTEGRATION_STEP = register("trajectories.step.integration", gettext_noop("Inburgeringstraject bij het Agentschap Integratie en Inburgering"))
NT2_STEP = register("trajectories.step.nt2", gettext_noop("Cursus Nederlands als tweede taal (NT2) tot niveau %(level)s"))
