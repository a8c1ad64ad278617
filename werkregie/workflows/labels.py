"""Texts the platform writes itself for people to read later — worklist task titles and details, the titles of the
agreements and steps it makes — stored as a code with parameters and translated when shown, so a French or English
page shows French or English and not the Dutch of the night the sweep ran.

    TITLE = labels.register("trajectories.task.agreement_to_make", gettext_noop("Bindende afspraken maken (uiterlijk %(date)s)"))
    task.title = labels.coded(TITLE, date=deadline)      # stored: '§trajectories.task.agreement_to_make{"date":"2026-04-05"}'
    labels.render(task.title)                            # shown: 'Établir des accords contraignants (au plus tard le 05/04/2026)'

Parameters are stored as plain JSON: a date as its ISO form (shown DD/MM/YYYY), a coded text as its code (translated
too, e.g. a step's own coded title inside a task's title), anything else as a string. A text a person typed is
stored as typed and shown as is: `render` returns every text without the mark unchanged, so old rows and the other
domains' titles keep working — except a registered text without parameters stored as its exact Dutch source (rows
written before their code existed, the worklist's own titles), which is translated like its code. Templates: `{% load labels %}{{ task.title|label }}`."""

from __future__ import annotations

import datetime as dt
import json
import re

from django.utils.translation import gettext

MARK = "§"
MAX_LENGTH = 200
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEXTS: dict[str, str] = {}
_PLAIN: set[str] = set()  # the registered texts without parameters, recognised when stored as they are


def register(code: str, text: str) -> str:
    """Register the Dutch source text (mark it with gettext_noop at the call so makemessages finds it) of a code."""
    if not re.fullmatch(r"[a-z0-9_.]+", code):
        raise ValueError(f"a label code is lower-case letters, digits, dots and underscores: {code!r}")
    existing = _TEXTS.get(code)
    if existing is not None and existing != str(text):
        raise ValueError(f"label {code} registered twice with different texts")
    _TEXTS[code] = str(text)
    if "%(" not in str(text):
        _PLAIN.add(str(text))
    return code


def source(code: str) -> str:
    """The Dutch source text of a registered code: a text without parameters may be stored as it is (older rows, the
    worklist's own titles) and is still shown in the reader's language (`render`)."""
    return _TEXTS[code]


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float) or value is None:
        return value
    return str(value)


def coded(code: str, /, *, max_length: int = MAX_LENGTH, **params: object) -> str:
    """The stored form of a registered text with its parameters (at most `max_length` characters, MAX_LENGTH for a
    title: the longest text parameters are shortened when needed, never the code; a longer field such as a task's
    detail, which holds what a person typed, passes its own length)."""
    if code not in _TEXTS:
        raise KeyError(f"unknown label {code!r}: register it first")
    values = {k: _plain(v) for k, v in params.items()}
    while True:
        stored = MARK + code + json.dumps(values, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        if len(stored) <= max_length:
            return stored
        texts = [k for k, v in values.items() if isinstance(v, str) and not v.startswith(MARK) and len(v) > 1]
        if not texts:
            raise ValueError(f"label {code} does not fit in {max_length} characters")
        longest = max(texts, key=lambda k: len(values[k]))
        over = len(stored) - max_length
        values[longest] = values[longest][: max(1, len(values[longest]) - over - 1)] + "…"


def is_coded(text: object) -> bool:
    return isinstance(text, str) and text.startswith(MARK)


def is_known(text: object) -> bool:
    """A coded text of a code this release knows (a text someone typed starting with the mark is not)."""
    return is_coded(text) and str(text)[len(MARK):].split("{", 1)[0] in _TEXTS


def _display(value: object) -> object:
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            try:
                return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                return value
        if is_known(value):
            return render(value)  # a coded text inside a coded text; a parameter someone typed with a "§" stays as typed
    return "" if value is None else value


def render(text: object) -> str:
    """A stored text in the active language: a coded one translated with its parameters, any other one as it is."""
    if not is_coded(text):
        if isinstance(text, str) and text in _PLAIN:
            return gettext(text)  # a registered text stored as its Dutch source (older rows): translated too
        return "" if text is None else str(text)
    body = str(text)[len(MARK):]
    brace = body.find("{")
    code, payload = (body, "{}") if brace < 0 else (body[:brace], body[brace:])
    source = _TEXTS.get(code)
    if source is None:
        return code  # a code this release no longer knows: show the code rather than nothing
    try:
        params = json.loads(payload)
    except ValueError:
        params = {}
    translated = gettext(source)
    if not params:
        return translated
    try:
        return translated % {k: _display(v) for k, v in params.items()}
    except (KeyError, TypeError, ValueError):  # parameters that no longer fit the text: the text without them
        return translated


def codes() -> dict[str, str]:
    return dict(_TEXTS)


def log_reason(log) -> str:  # noqa: ANN001 - a TransitionLog
    """The reason of a transition-log entry in the active language: from its code when the platform wrote it
    (`data["reason_code"]`), else as it was typed (or as its exact registered Dutch source, translated)."""
    if isinstance(log, dict):  # a row already made from an entry (its reason as stored)
        return render((log.get("data") or {}).get("reason_code") or log.get("reason"))
    return render((getattr(log, "data", None) or {}).get("reason_code") or log.reason)


def log_actor(log) -> str:  # noqa: ANN001 - a TransitionLog, or a row made from one
    """Who made a logged transition, in the reader's language. The stored label is the audit record, written once with
    the role in Dutch ("An Peeters (Bemiddelaar, VDAB Gent 1)"); a page shows the same name and organisation with the
    role in the active language. The platform itself, or a label of another shape, is shown as stored."""
    from werkregie.accounts.models import Role

    get = log.get if isinstance(log, dict) else (lambda key, default=None: getattr(log, key, default))
    label, role = get("actor_label") or "", get("actor_role") or ""
    name, opened, rest = label.partition(" (")
    if not opened or role not in Role.values:
        return label
    _dutch_role, comma, organisation = rest.removesuffix(")").partition(", ")
    return f"{name} ({Role(role).label}{', ' + organisation if comma else ''})"
