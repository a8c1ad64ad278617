"""The rules' input errors in the reader's language (Dutch first, French and English through i18n) for the pages: the
engine raises RuleInputError with an English message for the command line and the API, and a `code` with `params`
(row, column, value, limit, ...) from which this module writes the page's message. Numbers in the Belgian way."""

from __future__ import annotations

from django.utils.translation import gettext as _

from werkregie.formats.numbers import format_number

from .calc import RuleInputError


def _messages() -> dict[str, str]:
    return {
        "not_number": _("„%(value)s” is geen getal."),
        "not_date": _("„%(value)s” is geen datum (schrijf JJJJ-MM-DD)."),
        "not_bool": _("„%(value)s” is geen ja of nee (schrijf 1 of 0)."),
        "below_minimum": _("%(value)s is kleiner dan het minimum %(limit)s."),
        "above_maximum": _("%(value)s is groter dan het maximum %(limit)s."),
        "not_whole": _("%(value)s is geen geheel getal."),
        "field_count": _("de rij heeft %(found)s velden, de kopregel %(expected)s."),
        "duplicate_column": _("de kolom staat meer dan eens in het bestand."),
        "too_many_columns": _("het bestand heeft %(found)s kolommen; een bevolkingsbestand heeft er hoogstens %(limit)s."),
        "empty_file": _("het bestand is leeg."),
        "computed_column": _("deze kolom berekent de simulatie zelf; laat ze weg uit het bestand."),
        "missing_inputs": _("de gekozen regel heeft deze kolommen nodig, maar het bestand heeft ze niet: %(columns)s."),
        "unknown_parameter": _("„%(parameter)s” is geen parameter van de regels (de lijst staat onder het formulier)."),
        "parameter_group": _("„%(parameter)s” is een groep of een schaal, geen enkele parameter (de lijst staat onder het formulier)."),
        "change_syntax": _("lijn %(line)s, „%(value)s”: schrijf PARAMETER += BEDRAG (ook -=, *= of =), bv. jobbonus.ondergrens += 100."),
        "unknown_reform": _("„%(value)s” is geen gekende hervorming."),
        "not_amount": _("„%(value)s” is geen bedrag dat de regels berekenen."),
        "synthetic_job_bonus_only": _("de synthetische bevolking kent alleen lonen en prestatiebreuken, dus alleen de jobbonus; laad voor "
                                      "%(rule)s een eigen bestand op met de invoer van die regel."),
        "no_reform": _("kies een hervorming of wijzig minstens één parameter."),
        "year_not_covered": _("%(rule)s heeft geen bedragen voor %(year)s, niet in de geldende regels en niet in de hervorming. "
                              "De regels dekken de jaren %(first)s tot en met %(last)s."),
        "year_not_covered_none": _("%(rule)s heeft geen bedragen voor %(year)s, niet in de geldende regels en niet in de hervorming."),
        "no_parameter_value": _("de regels hebben geen waarde van de parameter %(parameter)s voor deze periode."),
        "out_of_range": _("kies een waarde van %(low)s tot %(high)s."),
    }


AMOUNTS = ("value", "limit", "low", "high", "columns")  # written the Belgian way; years, lines and counts as they are


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value, 0 if float(value).is_integer() else None if isinstance(value, int) else 2)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def rule_name(variable: str) -> str:
    """A rule's readable Dutch name: its label up to the first explanation (the label itself is the rules' own text).
    A leading tag in capitals ("FEDERAAL: …") is not the name: the text after it is, with the tag after it in words."""
    from .calc import _variable

    try:
        label = _variable(variable).label or variable
    except RuleInputError:
        return variable
    tag, sep, rest = label.partition(": ")
    scope = ""
    if sep and tag.isupper():
        label, scope = rest, f" ({tag.lower()})"
    for stop in (" (", ": ", "; "):
        label = label.split(stop, 1)[0]
    return label[:1].upper() + label[1:] + scope


def page_message(exc: RuleInputError) -> str:
    """The page's message for an input error: where (row and column of a file) and what, in the reader's language."""
    params = dict(exc.params)
    code = exc.code
    if code == "year_not_covered" and params.get("first") is None:
        code = "year_not_covered_none"
    if "variable" in params:
        params["rule"] = rule_name(str(params["variable"]))
    elif code == "synthetic_job_bonus_only":
        params["rule"] = rule_name(str(params.get("value", "")))
    template = _messages().get(code)
    if template is None:  # a check without a page message yet: the engine's own words, said to be technical
        return _("De berekening weigerde de invoer: %(detail)s") % {"detail": str(exc)}
    text = template % {key: _shown(value) if key in AMOUNTS else str(value) for key, value in params.items() if key not in ("row", "column")}
    if params.get("row") and params.get("column"):
        return _("Rij %(row)s, kolom „%(column)s”: %(message)s") % {"row": params["row"], "column": params["column"], "message": text}
    if params.get("row"):
        return _("Rij %(row)s: %(message)s") % {"row": params["row"], "message": text}
    if params.get("column"):
        return _("Kolom „%(column)s”: %(message)s") % {"column": params["column"], "message": text}
    return text[:1].upper() + text[1:]
