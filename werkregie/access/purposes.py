"""Legal purposes for which personal data may be consulted. Every access-log entry names one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    OWN_DATA = "own_data", _("Inzage in eigen gegevens")
    GUIDANCE = "guidance", _("Begeleiding naar werk")
    SCREENING = "screening", _("Screening afstand tot de arbeidsmarkt")
    AVAILABILITY_CONTROL = "availability_control", _("Controle op beschikbaarheid")
    RECRUITMENT = "recruitment", _("Aanwerving (sollicitatie of voorstel)")
    LEEFLOON_ACTIVATION = "leefloon_activation", _("Activering van leefloongerechtigden")
    SICKNESS_REINTEGRATION = "sickness_reintegration", _("Re-integratie na ziekte")
    INTEGRATION_TRAJECTORY = "integration_trajectory", _("Inburgeringstraject")
    TRAINING = "training", _("Opleiding")
    EDUCATION_TRANSITION = "education_transition", _("Overgang onderwijs-arbeidsmarkt")
    INTERREGIONAL_EXCHANGE = "interregional_exchange", _("Interregionale uitwisseling")
    REGISTRATION = "registration", _("Inschrijving in het talentregister")
    COMMUNITY_SERVICE = "community_service", _("Gemeenschapsdienst en wijk-werken")
    STATISTICS = "statistics", _("Statistiek (geaggregeerd of gepseudonimiseerd)")
    ADMINISTRATION = "administration", _("Beheer van het platform")
    COMPLAINT_HANDLING = "complaint_handling", _("Behandeling van een klacht of vraag")
    COMPETENCE_RECOGNITION = "competence_recognition", _("Erkenning van competenties (EVC, competentievisum)")
    SHARED_PASSPORT = "shared_passport", _("Uw gedeelde competentiepaspoort bekeken via uw link")
