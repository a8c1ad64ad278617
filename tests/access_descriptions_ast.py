"""The descriptions the code base writes into the access log, read from its source (AST), for tests/test_access_descriptions.py.

Every call of `record_access(actor, ids, what, …)` and of a function that passes one of its parameters on as `what`
(a "logger": `_log(principal, ids, what)`, `log_own_read`, `get_credential(…, what="credential")`, …) gives the
description as patterns: string constants as written, f-strings and concatenations with each computed part as "{}",
both branches of a conditional, module constants and dictionaries of constants resolved, the local assignments of a
variable collected.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "werkregie"
HOLE = "{}"


def _name_of(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


@dataclass
class Logger:
    name: str
    path: Path
    index: int  # the position of `what` among the call's arguments (self left out)
    param: str
    default: ast.expr | None
    expr: ast.expr  # what it passes on as `what`, in terms of `param`
    func: ast.FunctionDef


class Source:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(), str(path))
        self.constants: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self.constants[node.targets[0].id] = node.value
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node

    def function_of(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parent:
            node = self.parent[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None


def _what_arg(call: ast.Call, index: int, param: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == param:
            return kw.value
    return call.args[index] if len(call.args) > index and not isinstance(call.args[index], ast.Starred) else None


class Patterns:
    def __init__(self, sources: list[Source]) -> None:
        self.sources = sources
        self.loggers: dict[str, list[Logger]] = {}
        for source in sources:
            for call in self._calls(source, {"record_access"}):
                func = source.function_of(call)
                what = _what_arg(call, 2, "what")
                if func is None or what is None:
                    continue
                params = [a.arg for a in func.args.args]
                # a logger passes on a parameter meant as the description: the whole of `what`, or one named "what"
                used = ({what.id} if isinstance(what, ast.Name) else {n.id for n in ast.walk(what) if isinstance(n, ast.Name) and n.id == "what"}) & set(params)
                if func.name == "record_access" or not used:
                    continue
                [param] = used
                method = bool(params) and params[0] == "self"
                defaults = dict(zip(reversed(params), reversed(func.args.defaults)))
                logger = Logger(func.name, source.path, params.index(param) - method, param, defaults.get(param), what, func)
                self.loggers.setdefault(func.name, []).append(logger)

    @staticmethod
    def _calls(source: Source, names: set[str]) -> list[ast.Call]:
        return [n for n in ast.walk(source.tree) if isinstance(n, ast.Call) and _name_of(n.func) in names]

    def _logger_for(self, source: Source, call: ast.Call) -> Logger | None:
        for logger in self.loggers.get(_name_of(call.func), []):
            if logger.name.startswith("_") and logger.path != source.path and not self._imports(source, logger):
                continue  # a private helper: called in its own module, or where it is imported from there
            if logger.func is source.function_of(call):
                continue
            return logger
        return None

    @staticmethod
    def _imports(source: Source, logger: Logger) -> bool:
        return any(isinstance(n, ast.ImportFrom) and (n.module or "").rsplit(".", 1)[-1] == logger.path.stem
                   and any(a.name == logger.name for a in n.names) for n in ast.walk(source.tree))

    def values(self, source: Source, node: ast.expr, bound: dict[str, set[str]] | None = None) -> set[str]:
        """The strings `node` can be, each computed part as HOLE."""
        bound = bound or {}
        if isinstance(node, ast.Constant):
            return {node.value} if isinstance(node.value, str) else {HOLE}
        if isinstance(node, ast.JoinedStr):
            parts = [self.values(source, v.value if isinstance(v, ast.FormattedValue) else v, bound) for v in node.values]
            return {"".join(p) for p in itertools.product(*parts)}
        if isinstance(node, ast.IfExp):
            return self.values(source, node.body, bound) | self.values(source, node.orelse, bound)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return {a + b for a in self.values(source, node.left, bound) for b in self.values(source, node.right, bound)}
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
            return {node.left.value.replace("%d", HOLE).replace("%s", HOLE)}
        if isinstance(node, ast.Name):
            if node.id in bound:
                return bound[node.id]
            func = source.function_of(node)
            assigned = [a.value for a in ast.walk(func) if isinstance(a, ast.Assign) for t in a.targets
                        if isinstance(t, ast.Name) and t.id == node.id] if func else []
            assigned += [a.value.elts[a.targets[0].elts.index(t)] for a in (ast.walk(func) if func else [])
                         if isinstance(a, ast.Assign) and isinstance(a.targets[0], ast.Tuple) and isinstance(a.value, ast.Tuple)
                         for t in a.targets[0].elts if isinstance(t, ast.Name) and t.id == node.id]
            if assigned:
                return set().union(*(self.values(source, v, bound) for v in assigned))
            if node.id in source.constants:
                return self.values(source, source.constants[node.id], bound)
            return {HOLE}
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(source.constants.get(node.value.id), ast.Dict):
            return set().union(*(self.values(source, v, bound) for v in source.constants[node.value.id].values))
        return {HOLE}

    def collected(self) -> dict[str, str]:
        """Each pattern → where it is written ("path:line")."""
        out: dict[str, str] = {}
        for source in self.sources:
            for call in self._calls(source, {"record_access", *self.loggers}):
                where = f"{source.path.relative_to(ROOT.parent)}:{call.lineno}"
                if _name_of(call.func) == "record_access":
                    func = source.function_of(call)
                    if func is None or func.name == "record_access" or any(lg.func is func for lgs in self.loggers.values() for lg in lgs):
                        continue
                    what = _what_arg(call, 2, "what")
                    found = self.values(source, what) if what is not None else set()
                else:
                    logger = self._logger_for(source, call)
                    if logger is None:
                        continue
                    arg = _what_arg(call, logger.index, logger.param)
                    logger_source = next(s for s in self.sources if s.path == logger.path)
                    given = self.values(source, arg) if arg is not None else set()
                    if arg is None and logger.default is not None:
                        given = self.values(logger_source, logger.default)
                    found = self.values(logger_source, logger.expr, {logger.param: given})
                for pattern in found:
                    out.setdefault(pattern, where)
        return out


def collect() -> dict[str, str]:
    paths = sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.parts)
    return Patterns([Source(p) for p in paths]).collected()
