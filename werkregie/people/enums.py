from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusKind(models.TextChoices):
    JOBSEEKER_BENEFIT = "jobseeker_benefit", _("Werkzoekende met uitkering")
    JOBSEEKER_NO_BENEFIT = "jobseeker_no_benefit", _("Werkzoekende zonder uitkering")
    LEEFLOON = "leefloon", _("Leefloongerechtigde")
    NEWCOMER = "newcomer", _("Nieuwkomer")
    SICK = "sick", _("Langdurig ziek")
    NEET = "neet", _("Schoolverlater zonder kwalificatie (NEET)")
    SWT = "swt", _("Stelsel van werkloosheid met bedrijfstoeslag (SWT)")
    IGU = "igu", _("Onvrijwillig deeltijds werkend (IGU)")
    SOCIAL_ECONOMY = "social_economy", _("Tewerkgesteld in de sociale economie")
    EMPLOYED = "employed", _("Werkend")
    INACTIVE = "inactive", _("Niet-beroepsactief")


JOBSEEKER_KINDS = (StatusKind.JOBSEEKER_BENEFIT, StatusKind.JOBSEEKER_NO_BENEFIT)


class Sex(models.TextChoices):
    MALE = "M", _("Man")
    FEMALE = "F", _("Vrouw")
    UNKNOWN = "X", _("Onbekend / anders")


class Cefr(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"
    NATIVE = "native", _("Moedertaal")


class Isced(models.IntegerChoices):
    EARLY = 0, _("Geen of kleuteronderwijs (ISCED 0)")
    PRIMARY = 1, _("Lager onderwijs (ISCED 1)")
    LOWER_SECONDARY = 2, _("Lager secundair (ISCED 2)")
    UPPER_SECONDARY = 3, _("Hoger secundair (ISCED 3)")
    POST_SECONDARY = 4, _("Postsecundair niet-hoger (ISCED 4)")
    SHORT_TERTIARY = 5, _("Graduaat (ISCED 5)")
    BACHELOR = 6, _("Bachelor (ISCED 6)")
    MASTER = 7, _("Master (ISCED 7)")
    DOCTORATE = 8, _("Doctoraat (ISCED 8)")


class DigitalSkills(models.TextChoices):
    NONE = "none", _("Geen")
    BASIC = "basic", _("Basis")
    INTERMEDIATE = "intermediate", _("Gemiddeld")
    ADVANCED = "advanced", _("Gevorderd")


class ChannelKind(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Sms")
    PHONE = "phone", _("Telefoon")
    POST = "post", _("Brief")


class ConsentPurpose(models.TextChoices):
    PROPOSAL_TO_EMPLOYERS = "proposal_to_employers", _("Voorgesteld worden aan werkgevers")
    DATA_SHARING_PARTNERS = "data_sharing_partners", _("Gegevens delen met partners in mijn traject")
    DIGITAL_COMMUNICATION = "digital_communication", _("Digitale communicatie met bewijskracht")
    RESEARCH = "research", _("Gebruik voor wetenschappelijk onderzoek")
    CAREER_SIGNALS = "career_signals", _("Loopbaansignalen per bericht (hoogstens maandelijks)")


DRIVING_LICENCES = ("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G")
LANGUAGE_CODES = ("nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "es", "it", "pt", "ru", "uk", "fa", "ps", "so", "ti", "bg", "sq", "bn")
