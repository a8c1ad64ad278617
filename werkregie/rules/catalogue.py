"""The catalogue of the employer support measures encoded in the rules (issue 12, point 5).

Nothing of a rule is repeated here: the list only says which encoded variables are employer measures and which
parameter nodes hold their conditions and amounts. Names, periods in force, conditions, amounts (dated values) and
legal sources are read from the variables and the parameter YAML files, so a changed parameter or a new measure
added to MEASURES shows on the public page without touching a template. Plain Python, no Django.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from openfisca_core.parameters import ParameterNode, ParameterScale

from . import system


@dataclass(frozen=True)
class Entry:
    """One measure: its code, the variables that compute what it pays, the parameter paths of its conditions."""

    key: str
    group: str  # target_group, hiring_incentive, disability, training
    variables: tuple[str, ...]
    parameters: tuple[str, ...]


MEASURES = (
    Entry("doelgroepvermindering_zonder_werkervaring", "target_group", ("doelgroepvermindering_zonder_werkervaring",),
          ("doelgroepvermindering.zonder_werkervaring",)),
    Entry("doelgroepvermindering_oudere_werknemers", "target_group", ("doelgroepvermindering_oudere_werknemers",),
          ("doelgroepvermindering.oudere_werknemers", "doelgroepvermindering.ouderen_loongrens_afwijking")),
    Entry("doelgroepvermindering_oudere_aanwerving", "target_group", ("doelgroepvermindering_oudere_aanwerving",),
          ("doelgroepvermindering.oudere_aanwerving", "doelgroepvermindering.ouderen_loongrens_afwijking")),
    Entry("doelgroepvermindering_jongeren", "target_group", ("doelgroepvermindering_jongeren",), ("doelgroepvermindering.jongeren",)),
    Entry("doelgroepvermindering_leerlingen", "target_group", ("doelgroepvermindering_leerlingen",), ("doelgroepvermindering.leerlingen",)),
    Entry("aanwervingsincentive_langdurig_werkzoekenden", "hiring_incentive", ("aanwervingsincentive_langdurig_werkzoekenden",),
          ("aanwervingsincentive",)),
    Entry("vop", "disability", ("vop",), ("vop", "referteloon")),
    Entry("maatwerk_collectief", "disability", ("maatwerk_collectief_loonpremie", "maatwerk_collectief_begeleidingspremie"),
          ("maatwerk.collectief", "referteloon")),
    Entry("maatwerk_individueel", "disability", ("imw_loonpremie", "imw_begeleidingspremie"), ("maatwerk.individueel", "referteloon")),
    Entry("vov_terugbetaling_werkgever", "training", ("vov_terugbetaling_werkgever",),
          ("opleiding.vov_terugbetaling_per_uur", "opleiding.vov_uren", "opleiding.vov_loongrens", "opleiding.vov_minimale_prestatiebreuk",
           "opleiding.vov_uren_werkgeversinitiatief")),
    # issue 15 point 14: IBO with what the sources here allow (duration, hiring after it); no premium amounts
    Entry("ibo", "training", ("ibo_duur_toegelaten", "ibo_minimale_tewerkstelling_weken"), ("ibo",)),
)


@dataclass
class Source:
    title: str
    href: str


@dataclass
class Value:
    since: dt.date
    value: object  # a number, or for a scale a list of (threshold, amount); None where the parameter stopped


@dataclass
class Condition:
    """A parameter of the measure: what it says (the YAML description), its unit and its dated values, newest first."""

    path: str
    description: str
    unit: str
    values: list[Value]
    sources: list[Source]

    @property
    def current(self) -> Value | None:
        return self.values[0] if self.values else None


@dataclass
class Measure:
    key: str
    group: str
    name: str
    description: str
    start: dt.date
    end: dt.date | None
    amounts: list[str]  # the labels of the variables that compute what the employer gets
    conditions: list[Condition] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def in_force(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


def _sources(metadata: dict) -> list[Source]:
    refs = (metadata or {}).get("reference") or []
    return [Source(r.get("title") or r.get("href", ""), r.get("href", "")) if isinstance(r, dict) else Source(str(r), str(r)) for r in refs]


def _values(parameter) -> list[Value]:  # noqa: ANN001
    if isinstance(parameter, ParameterScale):
        instants = sorted({a.instant_str for b in parameter.brackets for child in b.children.values() for a in child.values_list}, reverse=True)
        return [Value(dt.date.fromisoformat(i), [(b.threshold(i), b.amount(i) if "amount" in b.children else b.rate(i)) for b in parameter.brackets])
                for i in instants]
    return [Value(dt.date.fromisoformat(a.instant_str), a.value) for a in parameter.values_list]


def _unit(metadata: dict | None) -> str:
    return (metadata or {}).get("unit") or (metadata or {}).get("rate_unit", "")


def _leaves(node, path: str, unit: str = ""):  # noqa: ANN001, ANN202
    """Each parameter under the node with its unit: its own, else the one its node states for all its children (the
    variable part of the guidance premium read "(730)" without "€": second walk, HIGH 2)."""
    if isinstance(node, ParameterNode):
        for name in sorted(node.children):
            yield from _leaves(node.children[name], f"{path}.{name}", _unit(node.metadata) or unit)
    else:
        yield path, node, _unit(node.metadata) or unit


def _node(path: str):  # noqa: ANN202
    node = system().parameters
    for part in path.split("."):
        node = node.children[part]
    return node


def _merge(sources: list[Source]) -> list[Source]:
    """One source per link, in order; where the same link comes with a title and bare, the title is kept."""
    out: dict[str, Source] = {}
    for s in sources:
        key = s.href or s.title
        if key not in out or (out[key].title == out[key].href and s.title != s.href):
            out[key] = s
    return list(out.values())


def measure(entry: Entry) -> Measure:
    """One catalogue entry read from the rules: variables for the name, period and source; parameters for the rest."""
    variables = [system().variables[name] for name in entry.variables]
    first = variables[0]
    starts = [dt.date.fromisoformat(k) for v in variables for k in v.formulas]
    ends = [dt.date.fromisoformat(str(v.end)) for v in variables if v.end]
    nodes = [_node(p) for p in entry.parameters]
    conditions = [Condition(path, " ".join((leaf.description or "").split()), unit, _values(leaf), _sources(leaf.metadata))
                  for p, node in zip(entry.parameters, nodes, strict=True) for path, leaf, unit in _leaves(node, p)]
    own = [Source(r, r) for v in variables for r in (v.reference or [])]
    node_sources = [s for node in nodes if isinstance(node, ParameterNode) for s in _sources(node.metadata)]
    description = " ".join((nodes[0].description or "").split()) if isinstance(nodes[0], ParameterNode) else ""
    return Measure(entry.key, entry.group, first.label, description, min(starts), max(ends) if len(ends) == len(variables) else None,
                   [v.label for v in variables], conditions, _merge(own + node_sources))


def catalogue() -> list[Measure]:
    """Every encoded employer measure, in the order of MEASURES."""
    return [measure(entry) for entry in MEASURES]
