from __future__ import annotations

import hashlib
import secrets

from axes import models as _axes_models
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_q import models as _q_models

from werkregie.core import clock


class Role(models.TextChoices):
    CITIZEN = "citizen", _("Burger")
    COUNSELLOR = "counsellor", _("Bemiddelaar")
    CONTROLLER = "controller", _("Controleur")
    EMPLOYER = "employer", _("Werkgever")
    MUNICIPALITY = "municipality", _("Gemeente / OCMW")
    PARTNER = "partner", _("Partner (API)")
    ANALYST = "analyst", _("Beleidsanalist")
    ADMIN = "admin", _("Beheerder")


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CITIZEN, verbose_name=_("rol"))
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="users",
                                     verbose_name=_("organisatie"))
    person = models.OneToOneField("people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="account", verbose_name=_("persoon"))
    oidc_subject = models.CharField(max_length=200, blank=True, verbose_name=_("OIDC-identiteit"))

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        constraints = [
            models.CheckConstraint(condition=~models.Q(role="citizen") | models.Q(organisation__isnull=True), name="citizen_has_no_organisation"),
            models.CheckConstraint(
                condition=~models.Q(role__in=["counsellor", "employer", "municipality", "partner"]) | models.Q(organisation__isnull=False),
                name="professional_has_organisation",
            ),
        ]

    @property
    def label(self) -> str:
        org = f", {self.organisation.name}" if self.organisation_id else ""
        return f"{self.get_full_name() or self.username} ({self.get_role_display()}{org})"


class Scope(models.TextChoices):
    PERSONS_READ = "persons:read", _("Personen lezen")
    PERSONS_WRITE = "persons:write", _("Personen inschrijven")
    ME_READ = "me:read", _("Eigen gegevens lezen")
    STATS_READ = "stats:read", _("Geaggregeerde cijfers lezen")


ROLE_SCOPES: dict[str, list[str]] = {
    Role.CITIZEN: [Scope.ME_READ],
    Role.COUNSELLOR: [Scope.ME_READ, Scope.PERSONS_READ, Scope.PERSONS_WRITE],
    Role.CONTROLLER: [Scope.ME_READ, Scope.PERSONS_READ],
    Role.EMPLOYER: [Scope.ME_READ, Scope.PERSONS_READ],
    Role.MUNICIPALITY: [Scope.ME_READ, Scope.PERSONS_READ, Scope.PERSONS_WRITE],
    Role.PARTNER: [Scope.PERSONS_READ, Scope.PERSONS_WRITE],
    Role.ANALYST: [Scope.ME_READ, Scope.STATS_READ],
    Role.ADMIN: [Scope.ME_READ, Scope.PERSONS_READ, Scope.PERSONS_WRITE, Scope.STATS_READ],
}


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A bearer token. Only its SHA-256 is stored; the token itself is shown once, when it is made."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("gebruiker"))
    name = models.CharField(max_length=100, verbose_name=_("naam"))
    prefix = models.CharField(max_length=12, verbose_name=_("voorvoegsel"))
    key_hash = models.CharField(max_length=64, unique=True, verbose_name=_("hash van de sleutel"))
    scopes = models.JSONField(default=list, verbose_name=_("rechten"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("aangemaakt op"))
    expires_at = models.DateTimeField(null=True, blank=True, verbose_name=_("vervalt op"))
    revoked_at = models.DateTimeField(null=True, blank=True, verbose_name=_("ingetrokken op"))

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, user: User, name: str, scopes: list[str] | None = None) -> tuple["ApiToken", str]:
        allowed = ROLE_SCOPES.get(user.role, [])
        scopes = list(scopes) if scopes is not None else list(allowed)
        extra = set(scopes) - set(allowed)
        if extra:
            raise ValueError(f"role {user.role} cannot hold scopes {sorted(extra)}")
        prefix = secrets.token_hex(4)
        raw = f"wr_{prefix}_{secrets.token_urlsafe(32)}"
        return cls.objects.create(user=user, name=name, prefix=prefix, key_hash=hash_token(raw), scopes=scopes), raw

    @property
    def active(self) -> bool:
        now = clock.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    class Meta:
        verbose_name = _("API-sleutel")
        verbose_name_plural = _("API-sleutels")


# The admin speaks Dutch: the login throttle's (axes) and the task runner's (django-q) tables are shown through these
# proxies with Dutch names (accounts/admin.py), so that the third-party models and their migrations stay untouched.
class LoginAttempt(_axes_models.AccessAttempt):
    class Meta:
        proxy = True
        verbose_name = _("mislukte aanmelding (teller)")
        verbose_name_plural = _("mislukte aanmeldingen (tellers)")


class LoginRecord(_axes_models.AccessLog):
    class Meta:
        proxy = True
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")


class LoginFailure(_axes_models.AccessFailureLog):
    class Meta:
        proxy = True
        verbose_name = _("mislukte aanmelding")
        verbose_name_plural = _("mislukte aanmeldingen")


class TaskDone(_q_models.Success):
    class Meta:
        proxy = True
        verbose_name = _("uitgevoerde achtergrondtaak")
        verbose_name_plural = _("uitgevoerde achtergrondtaken")


class TaskFailed(_q_models.Failure):
    class Meta:
        proxy = True
        verbose_name = _("mislukte achtergrondtaak")
        verbose_name_plural = _("mislukte achtergrondtaken")


class TaskSchedule(_q_models.Schedule):
    class Meta:
        proxy = True
        verbose_name = _("geplande achtergrondtaak")
        verbose_name_plural = _("geplande achtergrondtaken")


class TaskQueued(_q_models.OrmQ):
    class Meta:
        proxy = True
        verbose_name = _("wachtende achtergrondtaak")
        verbose_name_plural = _("wachtende achtergrondtaken")
