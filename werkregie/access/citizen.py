"""'Wie heeft mijn gegevens geraadpleegd': the citizen's readable view of the access log (issue 16, point 8).

Every read stays logged one entry per person; the citizen sees them grouped by who, why and day ("U verscheen 12 keer
in een lijst van Bart De Smet (Bemiddelaar, Team Gent)" — purpose: "Begeleiding naar werk"), the consultations of the
record itself before the appearances in lists, each group with its entries as expandable details, and filters on
role, purpose, kind and period. Roles, purposes, channels and sections are stored as codes and translated here, in the
reader's language, never in the writer's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

from django.db.models import Case, Count, IntegerField, Max, Q, Value, When
from django.db.models.functions import TruncDate
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from werkregie.core import clock
from werkregie.core.paging import Paged

from .descriptions import SECTION_WORDS
from .models import AccessLogEntry, Channel, Shown
from .purposes import Purpose

PERIODS = {"7": 7, "30": 30, "365": 365, "alles": None}
PERIOD_LABELS = {"7": gettext_lazy("de voorbije 7 dagen"), "30": gettext_lazy("de voorbije 30 dagen"),
                 "365": gettext_lazy("het voorbije jaar"), "alles": gettext_lazy("alles")}
DEFAULT_PERIOD = "365"
DETAILS_PER_GROUP = 50
# The parts of a record (people/perms.py sections) as get_person logs them ("persoonsgegevens: contact, identity"), in words.
SECTIONS = {code: gettext_lazy(word) for code, word in SECTION_WORDS.items()}


def role_labels() -> dict[str, str]:
    from werkregie.accounts.models import Role

    # "shared_link": an anonymous visitor of a passport link the person made (werkregie.careers); not a role of an account.
    # A partner by its role, not by the channel ("Partner (API)" for staff who used the web pages: walk of issue 16)
    return {**dict(Role.choices), Role.PARTNER: gettext_lazy("Partnerorganisatie"),
            "shared_link": gettext_lazy("Bezoeker van uw gedeelde link")}  # capitalised as the roles are ("Bemiddelaar"): re-walk of issue 16


# On what a partner reads a person, in plain words: its legal link with the person (people.PartnerLink, the only
# ground in people/perms.py), or the person's own request (an EVC request); never the consent to share with partners.
PARTNER_GROUNDS = {
    Purpose.TRAINING: gettext_lazy("u volgt of volgde een opleiding bij deze organisatie"),
    Purpose.INTEGRATION_TRAJECTORY: gettext_lazy("uw inburgeringstraject bij deze organisatie"),
    Purpose.SICKNESS_REINTEGRATION: gettext_lazy("uw terugkeer naar werk na ziekte, met uw ziekenfonds"),
    Purpose.EDUCATION_TRANSITION: gettext_lazy("uw overgang van school naar werk, met uw school"),
    Purpose.COMPETENCE_RECOGNITION: gettext_lazy("uw aanvraag om uw competenties te laten erkennen"),
    Purpose.GUIDANCE: gettext_lazy("uw begeleiding naar werk door deze organisatie"),
}


def _partner_grounds(groups: list["Group"], person_ids: list[int], actors: list[int | None]) -> None:
    """Each partner group's legal ground (`ground`), with the start of the link that gives it."""
    from werkregie.accounts.models import Role, User
    from werkregie.people.models import PartnerLink

    wanted = {a for g, a in zip(groups, actors) if g.role == Role.PARTNER and a is not None}
    if not wanted:
        return
    organisation_of = dict(User.objects.filter(pk__in=wanted).values_list("pk", "organisation_id"))
    links = PartnerLink.objects.filter(person_id__in=person_ids, organisation_id__in=set(organisation_of.values())).order_by("start")
    since = {(link.organisation_id, link.purpose): link.start for link in links}
    for group, actor in zip(groups, actors):
        if group.role != Role.PARTNER:
            continue
        reason = PARTNER_GROUNDS.get(group.purpose, group.purpose_label)
        start = since.get((organisation_of.get(actor), group.purpose))
        group.ground = (_("Wettelijke grond: %(reason)s (sinds %(day)s). Daarvoor is uw toestemming niet nodig.")
                        % {"reason": reason, "day": date_format(start, "SHORT_DATE_FORMAT")} if start
                        else _("Wettelijke grond: %(reason)s. Daarvoor is uw toestemming niet nodig.") % {"reason": reason})


@dataclass(frozen=True)
class Filters:
    role: str = ""
    purpose: str = ""
    shown: str = ""
    period: str = DEFAULT_PERIOD

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> "Filters":
        """From the page's query string; an unknown value is ignored (the filter's default), never an error."""
        role, purpose, shown, period = (query.get(k, "") for k in ("rol", "doel", "soort", "periode"))
        return cls(role if role in role_labels() else "", purpose if purpose in Purpose.values else "", shown if shown in Shown.values else "",
                   period if period in PERIODS else DEFAULT_PERIOD)

    def as_query(self) -> str:
        from urllib.parse import urlencode

        return urlencode({k: v for k, v in (("rol", self.role), ("doel", self.purpose), ("soort", self.shown), ("periode", self.period)) if v})


def describe_what(what: str) -> str:
    """The entry's 'what' in the reader's language: every description the platform writes has its template
    (werkregie.access.descriptions); one that has none is returned as stored (the page marks it lang="nl")."""
    from .descriptions import describe_what as described

    return described(what)


def _detail(entry: AccessLogEntry) -> Detail:
    described = describe_what(entry.what)
    return Detail(entry.at, described, entry.channel, str(entry.reference), "nl" if described == entry.what else "")


@dataclass
class Detail:
    at: dt.datetime
    what: str
    channel: str
    reference: str
    language: str = ""  # "nl" where `what` is the stored Dutch description, not translated: the page marks it lang="nl"

    @property
    def channel_label(self) -> str:
        return str(dict(Channel.choices).get(self.channel, self.channel))


@dataclass
class Group:
    day: dt.date
    actor_label: str
    role: str
    organisation: str
    purpose: str
    shown: str
    count: int
    last_at: dt.datetime
    details: list[Detail] = field(default_factory=list)
    ground: str = ""  # a partner's legal ground, in words (_partner_grounds)

    @property
    def role_label(self) -> str:
        return str(role_labels().get(self.role, self.role))

    @property
    def purpose_label(self) -> str:
        return str(dict(Purpose.choices).get(self.purpose, self.purpose))

    @property
    def who(self) -> str:
        extra = ", ".join(x for x in (self.role_label, self.organisation) if x)
        return f"{self.actor_label} ({extra})" if extra else self.actor_label

    @property
    def summary(self) -> str:
        if self.shown == Shown.LIST:
            return ngettext("U verscheen %(n)s keer in een lijst van %(who)s", "U verscheen %(n)s keer in een lijst van %(who)s",
                            self.count) % {"n": self.count, "who": self.who}
        if self.purpose == Purpose.SHARED_PASSPORT:  # a visitor of the person's own link saw the passport, not the record
            return ngettext("%(who)s bekeek uw gedeelde paspoort", "%(who)s bekeek uw gedeelde paspoort %(n)s keer", self.count) % {
                "n": self.count, "who": self.who}
        return ngettext("%(who)s raadpleegde uw dossier", "%(who)s raadpleegde uw dossier %(n)s keer", self.count) % {"n": self.count, "who": self.who}


@dataclass
class GroupPage(Paged):
    groups: list[Group]
    count: int
    page: int
    page_size: int
    filters: Filters


    @property
    def records(self) -> list[Group]:
        return [g for g in self.groups if g.shown == Shown.RECORD]

    @property
    def lists(self) -> list[Group]:
        return [g for g in self.groups if g.shown == Shown.LIST]


def consultations(person_ids: list[int], reader_user_id: int | None, filters: Filters = Filters(), page: int = 1, page_size: int = 20) -> GroupPage:
    """Reads of these persons (the citizen and the records merged into theirs) by others, grouped by day, who and why;
    the record's own consultations first, then the lists, newest day first."""
    qs = AccessLogEntry.objects.filter(person_id__in=person_ids, seq__gte=1)
    if reader_user_id is not None:
        qs = qs.exclude(actor_id=reader_user_id)
    if filters.role:
        qs = qs.filter(actor_role=filters.role)
    if filters.purpose:
        qs = qs.filter(purpose=filters.purpose)
    if filters.shown:
        qs = qs.filter(shown=filters.shown)
    days = PERIODS[filters.period]
    if days:
        qs = qs.filter(at__gte=clock.now() - dt.timedelta(days=days))
    keys = ("day", "actor_id", "actor_label", "actor_role", "organisation_name", "purpose", "shown")
    grouped = (qs.annotate(day=TruncDate("at", tzinfo=clock.BRUSSELS)).values(*keys)
               .annotate(n=Count("id"), last=Max("at"), rank=Case(When(shown=Shown.RECORD, then=Value(0)), default=Value(1), output_field=IntegerField()))
               .order_by("rank", "-day", "-last"))
    offset = (max(1, page) - 1) * page_size
    rows = list(grouped[offset : offset + page_size])
    groups = [Group(r["day"], r["actor_label"], r["actor_role"], r["organisation_name"], r["purpose"], r["shown"], r["n"], r["last"]) for r in rows]
    for group, row in zip(groups, rows):
        start = dt.datetime.combine(row["day"], dt.time(0), clock.BRUSSELS)
        same = Q(actor_label=row["actor_label"], actor_role=row["actor_role"], organisation_name=row["organisation_name"], purpose=row["purpose"],
                 shown=row["shown"], at__gte=start, at__lt=start + dt.timedelta(days=1))
        same &= Q(actor_id=row["actor_id"]) if row["actor_id"] is not None else Q(actor_id__isnull=True)
        group.details = [_detail(e) for e in qs.filter(same).order_by("-seq").only("at", "what", "channel", "reference")[:DETAILS_PER_GROUP]]
    _partner_grounds(groups, person_ids, [r["actor_id"] for r in rows])
    return GroupPage(groups, grouped.count(), max(1, page), page_size, filters)


def consultations_for(principal, filters: Filters = Filters(), page: int = 1, page_size: int = 20) -> GroupPage:  # noqa: ANN001
    """The signed-in citizen's view: their own record and those merged into it; their own reads left out."""
    from werkregie.core.errors import NotFound
    from werkregie.people.models import Person

    if not principal.user.person_id:
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    ids = [principal.user.person_id, *Person.all_objects.filter(merged_into_id=principal.user.person_id).values_list("pk", flat=True)]
    return consultations(ids, principal.user.pk, filters, page, page_size)


def filter_choices() -> dict:
    """The filters' options, labels in the reader's language; not the citizen's own reads, which the page never shows
    (walk of issue 16, stop 37: "Inzage in eigen gegevens" was offered and always found nothing)."""
    return {"roles": [(v, str(label)) for v, label in role_labels().items() if v != "citizen"], "purposes": [(v, str(label)) for v, label in Purpose.choices if v != Purpose.OWN_DATA],
            "kinds": [(Shown.RECORD.value, _("Uw dossier")), (Shown.LIST.value, _("Een lijst"))],
            "periods": [(k, str(v)) for k, v in PERIOD_LABELS.items()]}
