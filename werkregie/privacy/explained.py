"""The PDF's sentences for what the export stores as structures: a section's derived content (the "Toelichting": the
ESCO labels of the matching profile, a screening's explanation, the credentials with their issuer, the learning
account's statement) and the JSON fields of rows that hold more than one fact (a sanction's proposal). Plain Dutch, the
same words as the pages; the codes and keys stay in the JSON (walk of issue 13 point 9: the Toelichting showed
"feature: digital_skills; effect: -4.7", "status_list_id: 3", "deliberate_indefinite: True", "amount: -390.00")."""

from __future__ import annotations

from . import readable


def _day(value: str | None) -> str:
    return str(readable.value_text("on", value) or "") if value else ""


def proposal(value: dict) -> str:
    """A compliance case's proposal (the decision table's row): its range, legal ground, sources and doubts."""
    if not isinstance(value, dict):
        return ""
    parts = []
    if value.get("min_weeks") is not None and value.get("max_weeks") is not None:
        parts.append(f"Bereik volgens de regel: {value['min_weeks']} tot {value['max_weeks']} weken.")
    if value.get("legal_ground"):
        parts.append(f"Rechtsgrond: {value['legal_ground']}")
    sources = [str(r.get("title")) for r in value.get("references") or [] if isinstance(r, dict) and r.get("title")]
    if sources:
        parts.append("Bronnen: " + "; ".join(sources) + ".")
    if value.get("uncertainty"):
        parts.append(f"Onzekerheid: {value['uncertainty']}")
    return " ".join(parts)


# JSON fields of rows shown as a sentence rather than as their keys
STRUCTURED = {"proposal": proposal}


def matching_profile(derived: dict) -> list[str]:
    from werkregie.matching.models import PersonSkill

    sources = dict(PersonSkill._meta.get_field("source").flatchoices)
    lines = []
    skills = [f"{s['label']} ({str(sources.get(s.get('source'), s.get('source') or '')).lower()})" for s in derived.get("skills") or []]
    if skills:
        lines.append("Uw competenties: " + "; ".join(skills) + ".")
    experience = [f"{e['label']} ({readable.number_text('years', e.get('years')) or e.get('years')})" for e in derived.get("experience") or []]
    if experience:
        lines.append("Uw werkervaring: " + "; ".join(experience) + ".")
    desired = [d["label"] for d in derived.get("desired_occupations") or []]
    if desired:
        lines.append("Beroepen die u zoekt: " + "; ".join(desired) + ".")
    return lines


def screening(derived: list) -> list[str]:
    """As "Mijn kans op werk" words it."""
    lines = []
    for score in derived:
        chance = f"Op {_day(score.get('reference_date'))} schatte het model uw kans op minstens 28 dagen werk binnen 6 maanden op " \
                 f"{readable.number_text('chance_6m', score.get('chance_6m'))}"
        if score.get("chance_12m") is not None:
            chance += f" en binnen 12 maanden op {readable.number_text('chance_12m', score['chance_12m'])}"
        lines.append(chance + ". Het is een schatting voor een groep, geen voorspelling over u alleen.")
        if score.get("factors"):
            lines.append("Wat de kans het meest bepaalt: " + " ".join(score["factors"]))
        if score.get("what_would_help"):
            lines.append("Wat de kans kan verhogen: " + " ".join(score["what_would_help"]))
    return lines


def credentials(derived: list) -> list[str]:
    lines = []
    for c in derived:
        line = f"{c.get('kind_label') or ''}: {c.get('title') or ''}, uitgegeven door {c.get('issuer_name') or c.get('issued_by') or 'VDAB'}"
        if c.get("issued_at"):
            line += f" op {readable.value_text('issued_at', c['issued_at'])}"
        if c.get("revoked_at"):
            line += f"; ingetrokken op {readable.value_text('revoked_at', c['revoked_at'])}"
        lines.append(line + ".")
    return lines


def learning(derived: dict) -> list[str]:
    from werkregie.learning.enums import ReservationState

    states = dict(ReservationState.choices)
    lines = [f"Saldo van uw leer- en loopbaanrekening: {readable.euro(derived.get('balance_eur') or 0)}."]
    for line in derived.get("statement") or []:
        text = f"{_day(line.get('on'))}: {line.get('label') or ''}"
        if line.get("reference") and not readable.internal_reference("reference", line["reference"]):
            text += f" ({line['reference']})"
        text += f", {readable.euro(line.get('amount') or 0)}; saldo daarna {readable.euro(line.get('balance') or 0)}"
        if line.get("expires_on"):
            text += f"; vervalt op {_day(line['expires_on'])}"
        if line.get("reservation_state"):
            text += f"; reservering: {str(states.get(line['reservation_state'], line['reservation_state'])).lower()}"
        lines.append(text + ".")
    return lines


def _by(row: dict, own_user_ids: set) -> str:
    from werkregie.accounts.models import Role

    role = row.get("actor_role") or ""
    if role == "system":
        return "door het platform"
    if role == Role.CITIZEN or row.get("actor_id") in own_user_ids:
        return "door uzelf"
    roles = dict(Role.choices)
    who = ", ".join(str(x) for x in (row.get("actor_label"), roles.get(role, "")) if x)
    return f"door {who}" if who else ""


def history_line(row: dict, own_user_ids: set = frozenset()) -> str:
    """One step of a workflow as a sentence, with the workflow's own names for it, its transition and its state:
    "12/03/2026 — Traject aangemaakt, toestand: Open (door het platform)" (the re-walk of issue 13 read "dossier
    trajectory / stap create / naar toestand open / rol system / actor label werkregie"). The codes are in the JSON."""
    from django.utils import translation

    from werkregie.workflows import labels
    from werkregie.workflows.tables import REGISTRY, title

    with translation.override("nl"):
        name = str(row.get("workflow") or "")
        flow = REGISTRY.get(name)
        what = title(name)
        state = flow.label(row.get("to_state") or "") if flow else str(row.get("to_state") or "")
        step = next((tr for tr in flow.transitions if tr.name == row.get("transition")), None) if flow else None
        if row.get("transition") == "create" or step is None and not row.get("from_state"):
            text = f"{what} aangemaakt, toestand: {state}"
        else:
            text = f"{what}: {step.label if step and step.label else row.get('transition')}, toestand: {state}"
        reason = labels.log_reason(row)
    by = _by(row, own_user_ids)
    at = str(readable.value_text("at", row.get("at")) or "")[:10]  # the day in Brussels time
    line = f"{at} — {text}{f' ({by})' if by else ''}"
    return f"{line}. Reden: {reason.rstrip('.')}." if reason else f"{line}."


def history(rows: list[dict], own_user_ids: set = frozenset()) -> list[str]:
    """The steps in date order, oldest first."""
    return [history_line(r, own_user_ids) for r in sorted(rows, key=lambda r: str(r.get("at") or ""))]


SECTIONS = {"matching_profile": matching_profile, "screening": screening, "credentials": credentials, "learning": learning}


def derived_lines(key: str, derived: object) -> list[str]:
    """A section's derived content as sentences, one a paragraph."""
    if key in SECTIONS:
        return SECTIONS[key](derived)
    shown = readable.value_text("", derived)
    return [str(shown)] if shown is not None else []
