"""The registry of message templates. Each domain registers its messages once (in its `messages.py`, imported in its
AppConfig.ready()); the outbox renders them in the person's language and stores the exact text it sent.

    from django.utils.translation import gettext_lazy as _
    from werkregie.messaging.templates import register

    register("appointment.invitation", subject=_("Uitnodiging voor een gesprek"),
             body=_("Beste %(name)s,\\n\\nU bent uitgenodigd ... %(link)s"), legal=False)

`subject` and `body` are lazy translations (Dutch source strings) with %(name)s placeholders; `legal=True` marks a
message with legal effect (a convocation, a hearing, a decision): it needs a channel with legal proof, and its deemed
moment of notification starts the terms that depend on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from werkregie.core.errors import FieldError, InvalidInput


@dataclass(frozen=True)
class Template:
    key: str
    subject: object  # lazy translation
    body: object  # lazy translation
    legal: bool = False

    def title(self) -> str:
        """A readable name of the kind of message: its subject in the active language up to the first word the message
        fills in ("Oproeping: %(kind)s op %(when)s" → "Oproeping"; "Bevestiging van uw afspraak op %(when)s" →
        "Bevestiging van uw afspraak"), never a template's placeholder or an ellipsis (attack of stop 26: the evidence
        PDF said "Soort bericht: Oproeping: … op …")."""
        subject = str(self.subject)
        head = re.split(r"%\([a-z_]+\)s", subject, maxsplit=1)[0]
        head = re.sub(r"(\s+(op|van|voor|tot|sur|du|de|le|on|of|for))?[\s:,–-]*$", "", head.strip())
        return head or re.sub(r"%\([a-z_]+\)s", "…", subject)

    def render(self, context: dict, language: str) -> tuple[str, str]:
        """The subject and body in `language` with the context filled in. A missing placeholder is refused, so a
        message is never sent with a hole in it."""
        # a link to a page of the platform is absolute in a message: an e-mail, SMS or letter read elsewhere has no site
        # to resolve "/mijn-dossier/4/" against (walk of stop 29)
        context = {k: _absolute(v) if _is_link(k, v) else v for k, v in context.items()}
        try:
            # formatted inside the override too, so translatable values in the context come out in the same language
            with translation.override(language):
                context = {k: _amount(v) for k, v in context.items()}
                return str(self.subject) % context, str(self.body) % context
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(
                _("Het bericht %(key)s past niet bij de gegeven waarden (%(problem)s).") % {"key": self.key, "problem": exc},
                [FieldError("context", _("bericht %(key)s: %(problem)s") % {"key": self.key, "problem": exc})],
            ) from exc


def _amount(value: object) -> object:
    """An amount (a Decimal) in the platform's Belgian format for the message's language (formats/: 1.150,50), never
    Python's "1150.50" (the attack of stop 30 saw "150.00" in a Dutch message)."""
    import decimal

    from django.utils import formats

    if isinstance(value, decimal.Decimal):
        return formats.number_format(value, 2, use_l10n=True, force_grouping=True)
    return value


def _is_link(key: str, value: object) -> bool:
    from werkregie.core.links import is_local_path

    return (key == "link" or key.endswith(("_link", "_url"))) and is_local_path(value)


def _absolute(path: str) -> str:
    from django.conf import settings

    return getattr(settings, "WERKREGIE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/") + path


REGISTRY: dict[str, Template] = {}


def register(key: str, subject: object, body: object, legal: bool = False) -> Template:
    """Declare a template. Registering the same key again with the same texts is harmless (module reloads); a
    different declaration under a key that exists is a programming error."""
    template = Template(key, subject, body, bool(legal))
    existing = REGISTRY.get(key)
    if existing is not None and (existing.legal != template.legal or str(existing.body) != str(template.body)):
        raise ValueError(f"message template {key!r} is declared twice")
    REGISTRY[key] = template
    return template


def get(key: str) -> Template:
    try:
        return REGISTRY[key]
    except KeyError:
        message = _("Onbekend berichtsjabloon '%(key)s'.") % {"key": key}
        raise InvalidInput(message, [FieldError("key", message)]) from None
