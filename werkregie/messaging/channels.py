"""Which channel and which language a message goes out in.

Channel (decided when the message is made, kept on the row with the reason):
- A message with legal effect needs a channel with legal proof: the citizen's eBox when MAGDA says they opted in;
  otherwise the platform's inbox when they gave the consent "digital communication with legal proof" (they log in
  with ACM/IDM, the message is sealed and its opening recorded; Bestuursdecreet art. II.22–II.23); otherwise a
  registered letter through the print partner.
- Any other message: the channel asked by the caller when the person has it; else the person's preferred contact
  channel (e-mail, sms, post); else the platform's inbox when they have an account or gave the digital consent;
  else any e-mail address or mobile number they gave; else paper. Paper is the channel of whoever accepted no
  digital channel at all.

Language (the register has no "preferred language" field; we use the languages the person speaks, PersonLanguage):
The language law in administrative matters (gecoördineerde wetten van 18 juli 1966, art. 12 and 25–26 for the
municipalities with language facilities) makes a Flemish service write to private persons in Dutch; in the
municipalities with facilities (and for residents of Brussels and Wallonia) in French on request. So:
- legal messages: French when the person lives in a facility municipality or outside the Flemish Region and
  French is their mother tongue (taken as the request); Dutch otherwise;
- other messages (information, reminders): the person's mother tongue when it is Dutch, French or English, as a
  courtesy; Dutch otherwise. Whether the Flemish rules (taalwetwijzer) allow English for plain information is an
  interpretation: see README "Messages".
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from werkregie.people.enums import Cefr, ChannelKind, ConsentPurpose

from .enums import Channel

SUPPORTED_LANGUAGES = ("nl", "fr", "en")
# The 12 municipalities with language facilities for French speakers in the Flemish Region (NIS codes, 2025).
FACILITY_MUNICIPALITIES = frozenset({
    "23009",  # Bever
    "23098",  # Drogenbos
    "23099",  # Kraainem
    "23100",  # Linkebeek
    "23101",  # Sint-Genesius-Rode
    "23102",  # Wemmel
    "23103",  # Wezembeek-Oppem
    "33016",  # Mesen
    "34043",  # Spiere-Helkijn
    "45041",  # Ronse
    "73028",  # Herstappe
    "73109",  # Voeren
})
FLEMISH_REGION = "02000"


def mother_tongue(person) -> str | None:  # noqa: ANN001
    native = [pl.language for pl in person.languages.all() if pl.level == Cefr.NATIVE]
    return native[0] if native else None


def language_for(person, legal: bool) -> tuple[str, str]:  # noqa: ANN001
    """The language of a message to `person` and why."""
    tongue = mother_tongue(person)
    if legal:
        outside = person.municipality.region != FLEMISH_REGION
        if tongue == "fr" and (person.municipality_id in FACILITY_MUNICIPALITIES or outside):
            return "fr", "taalwet bestuurszaken: faciliteitengemeente of buiten het Vlaams Gewest, moedertaal Frans"
        return "nl", "taalwet bestuurszaken: Nederlands"
    if tongue in SUPPORTED_LANGUAGES:
        return tongue, "moedertaal"
    return "nl", "standaardtaal Nederlands"


def has_digital_consent(person_id: int) -> bool:
    from werkregie.people.models import Consent

    return Consent.objects.filter(person_id=person_id, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, withdrawn_at__isnull=True).exists()


def has_account(person_id: int) -> bool:
    from werkregie.accounts.models import User

    return User.objects.filter(person_id=person_id, is_active=True).exists()


def postal_address(person) -> str:  # noqa: ANN001
    municipality = getattr(person.municipality, "name_nl", "") or str(person.municipality_id)
    parts = [f"{person.first_name} {person.last_name}", person.street, f"{person.postal_code} {municipality}".strip()]
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Choice:
    channel: str
    address: str
    reason: str


def _contacts(person) -> dict[str, str]:  # noqa: ANN001
    """The first address per kind, preferred first."""
    found: dict[str, str] = {}
    for cc in person.contact_channels.all().order_by("-preferred", "id"):
        found.setdefault(cc.kind, cc.value)
    return found


def choose(person, legal: bool, requested: str | None = None) -> Choice:  # noqa: ANN001
    from . import gateways

    contacts = _contacts(person)
    if legal:
        if gateways.get(Channel.EBOX).has_optin(person.insz):
            return Choice(Channel.EBOX, person.insz, "eBox geactiveerd (MAGDA)")
        if has_digital_consent(person.pk):
            return Choice(Channel.INBOX, str(person.pk), "toestemming digitale communicatie met bewijskracht")
        return Choice(Channel.REGISTERED, postal_address(person), "geen digitaal kanaal met bewijskracht aanvaard")
    if requested:
        requested = str(requested)
        if requested == Channel.EMAIL and ChannelKind.EMAIL in contacts:
            return Choice(Channel.EMAIL, contacts[ChannelKind.EMAIL], "gevraagd kanaal")
        if requested == Channel.SMS and ChannelKind.SMS in contacts:
            return Choice(Channel.SMS, contacts[ChannelKind.SMS], "gevraagd kanaal")
        if requested == Channel.INBOX and (has_account(person.pk) or has_digital_consent(person.pk)):
            return Choice(Channel.INBOX, str(person.pk), "gevraagd kanaal")
        if requested == Channel.EBOX and gateways.get(Channel.EBOX).has_optin(person.insz):
            return Choice(Channel.EBOX, person.insz, "gevraagd kanaal")
        if requested in (Channel.PAPER, Channel.REGISTERED):
            return Choice(requested, postal_address(person), "gevraagd kanaal")
    preferred = person.contact_channels.filter(preferred=True).exclude(kind=ChannelKind.PHONE).order_by("id").first()
    if preferred is not None:
        channel = {ChannelKind.EMAIL: Channel.EMAIL, ChannelKind.SMS: Channel.SMS, ChannelKind.POST: Channel.PAPER}[preferred.kind]
        address = postal_address(person) if channel == Channel.PAPER else preferred.value
        return Choice(channel, address, "voorkeurskanaal")
    if has_account(person.pk) or has_digital_consent(person.pk):
        return Choice(Channel.INBOX, str(person.pk), "berichtenbox op het platform")
    if ChannelKind.EMAIL in contacts:
        return Choice(Channel.EMAIL, contacts[ChannelKind.EMAIL], "e-mailadres opgegeven")
    if ChannelKind.SMS in contacts:
        return Choice(Channel.SMS, contacts[ChannelKind.SMS], "gsm-nummer opgegeven")
    return Choice(Channel.PAPER, postal_address(person), "geen digitaal kanaal aanvaard")


def digital_filter() -> Q:
    """Persons who accepted a digital channel (for bulk questions)."""
    return Q(consents__purpose=ConsentPurpose.DIGITAL_COMMUNICATION, consents__withdrawn_at__isnull=True) | Q(
        contact_channels__kind__in=[ChannelKind.EMAIL, ChannelKind.SMS])
