"""Declared transition tables. A workflow is data: its states, the transitions allowed between them, the roles that
may make each, whether a reason is required, and the legal deadline a transition starts. Plain Python, no Django
models: the mechanism in `services.py` applies any table the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

# The platform itself (the deadline sweep, the task runner, a gateway's receipt) acts in this pseudo-role.
SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    label: object = ""  # a lazy translation
    needs_reason: bool = False
    # Key of a dated legal term (see werkregie.workflows.deadlines) that starts when this transition is made.
    starts_deadline: str | None = None

    def allows(self, role: str) -> bool:
        return role in self.roles


def t(name: str, sources: str | Iterable[str], target: str, roles: Iterable[str], label: str = "", *, reason: bool = False,
      deadline: str | None = None) -> Transition:
    """Shorthand for a table row: t("accept", "proposed", "accepted", {"citizen"}, _("Aanvaarden"))."""
    srcs = frozenset([sources] if isinstance(sources, str) else sources)
    # the label stays lazy, so it is shown in the reader's language
    return Transition(name, srcs, target, frozenset(roles), label or name, reason, deadline)


@dataclass(frozen=True)
class Workflow:
    name: str
    states: dict[str, object]  # state → label (lazy translation)
    initial: str
    transitions: tuple[Transition, ...]
    terminal: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        known = set(self.states)
        if self.initial not in known:
            raise ValueError(f"{self.name}: initial state {self.initial!r} is not declared")
        names: set[tuple[str, str]] = set()
        for tr in self.transitions:
            unknown = (set(tr.sources) | {tr.target}) - known
            if unknown:
                raise ValueError(f"{self.name}: transition {tr.name!r} names undeclared states {sorted(unknown)}")
            for source in tr.sources:
                if (tr.name, source) in names:
                    raise ValueError(f"{self.name}: transition {tr.name!r} is declared twice from {source!r}")
                names.add((tr.name, source))
        for state in self.terminal:
            if any(state in tr.sources for tr in self.transitions):
                raise ValueError(f"{self.name}: terminal state {state!r} has outgoing transitions")

    def find(self, name: str, state: str) -> Transition | None:
        for tr in self.transitions:
            if tr.name == name and state in tr.sources:
                return tr
        return None

    def available(self, state: str, role: str | None = None) -> list[Transition]:
        """The transitions that can be made from a state (by a role, when given), in declaration order."""
        return [tr for tr in self.transitions if state in tr.sources and (role is None or tr.allows(role))]

    def label(self, state: str) -> str:
        return str(self.states.get(state, state))


REGISTRY: dict[str, Workflow] = {}


def register(workflow: Workflow) -> Workflow:
    existing = REGISTRY.get(workflow.name)
    if existing is not None and existing is not workflow:
        raise ValueError(f"workflow {workflow.name!r} is declared twice")
    REGISTRY[workflow.name] = workflow
    return workflow


TITLES: dict[str, object] = {}


def describe(name: str, title: object) -> None:
    """What a workflow is called on pages ("Afspraak", "Controledossier"), in the reader's language (a lazy string)."""
    TITLES[name] = title


def title(name: str) -> str:
    return str(TITLES.get(name, name))
