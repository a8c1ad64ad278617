"""Walk of issue 16 (point 6, "no English in Dutch pages", and its French and English side): every error a user or an
API client reads is in the reader's language. An API problem's `detail` and its per-field `errors` come from the domain
errors (werkregie/core/errors.py) and ninja's HttpError; a bare string literal given to one of them is shown as written,
Dutch to a French reader or English to a Dutch one ("A parameter is negative."). This test reads every module under
werkregie/ and fails on a message given as a literal: a string, an f-string, a literal formatted with % or .format(),
a ", ".join(…) of codes, or a variable assigned one of these in the same function, and a literal passed to a helper of
the same module whose parameter becomes such a message (`bad("…")` that raises InvalidInput(message)). A message goes
through gettext at raise time, Dutch as the source text, with %(name)s placeholders:
    raise InvalidInput(_("Onbekend doel '%(purpose)s'.") % {"purpose": purpose}, [FieldError("purpose", _("…"))])
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "werkregie"

# (module relative to werkregie/, the literal as written) → why it is not translated. Only for a message that is pure
# data, the same in every language (a field path, a code the client sent back), or that joins texts already translated.
ALLOWED: dict[tuple[str, str], str] = {
    ("web/helpers.py", "' '.join(why)"): "Django's own form errors for a field (already in the reader's language), joined by a space",
}

BASE = "DomainError"
HTTP_ERRORS = {"HttpError"}


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def domain_errors(trees: dict[Path, ast.Module]) -> set[str]:
    """DomainError and every class deriving from it anywhere in the package (NotFound, QuoteNotAccepted…)."""
    found = {BASE}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and any(_name(b) in found for b in node.bases):
                    found.add(node.name)
                    grew = True
    return found


def bare_texts(node: ast.AST | None) -> list[ast.AST]:
    """The texts written in the code, not passed through gettext, that make up a message: "…", f"…", "…" % x,
    "…".format(x), ", ".join(codes); each branch of `a if c else b` and `a or b` on its own."""
    if isinstance(node, (ast.IfExp, ast.BoolOp)):
        return [t for part in ((node.body, node.orelse) if isinstance(node, ast.IfExp) else node.values) for t in bare_texts(part)]
    return [node] if _is_text(node) else []


def _is_text(node: ast.AST | None) -> bool:
    if isinstance(node, ast.Constant):  # words; a separator (" ", ": ") between translated texts is none
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "….format(x)", ", ".join(codes)
        return isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) or _is_text(node.func.value)
    return bool(bare_texts(node)) if isinstance(node, (ast.IfExp, ast.BoolOp)) else False


def message_arguments(call: ast.Call, errors: set[str], helpers: dict[str, set[int]]) -> list[ast.AST]:
    """The arguments of a call that become a message a reader sees."""
    name = _name(call.func)
    if name in errors:
        positions, keyword = {0}, "detail"
    elif name == "FieldError" or name in HTTP_ERRORS:
        positions, keyword = {1}, "message"
    elif isinstance(call.func, ast.Name) and name in helpers:
        positions, keyword = helpers[name], None
    else:
        return []
    found = [a for i, a in enumerate(call.args) if i in positions]
    return found + [k.value for k in call.keywords if k.arg == keyword]


def _enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        node = parents.get(node)
    return node


def _assigned_literals(function: ast.AST, name: str) -> list[ast.AST]:
    """The literals assigned to `name` in the function (`message = "…"`, `a, message = x, "…"`)."""
    found = []
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            pairs = [(t, node.value) for t in node.targets]
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            pairs = [(node.target, node.value)]
        else:
            continue
        for target, value in pairs:
            if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
                pairs += list(zip(target.elts, value.elts))
            elif isinstance(target, ast.Name) and target.id == name:
                found += bare_texts(value)
    return found


def _helpers(tree: ast.Module, errors: set[str], parents: dict[ast.AST, ast.AST]) -> dict[str, set[int]]:
    """Functions of a module that turn one of their parameters into a message: name → positions of those parameters."""
    helpers: dict[str, set[int]] = {}
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        function = _enclosing_function(call, parents)
        if function is None:
            continue
        params = [a.arg for a in function.args.posonlyargs + function.args.args]
        for argument in message_arguments(call, errors, {}):
            if isinstance(argument, ast.Name) and argument.id in params and function.name != "__init__":
                helpers.setdefault(function.name, set()).add(params.index(argument.id))
    return helpers


def findings(root: Path = ROOT) -> list[str]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(root.rglob("*.py"))}
    errors = domain_errors(trees)
    found = []
    for path, tree in trees.items():
        module = str(path.relative_to(root))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        helpers = _helpers(tree, errors, parents)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for argument in message_arguments(call, errors, helpers):
                literals = bare_texts(argument)
                function = _enclosing_function(call, parents)
                if isinstance(argument, ast.Name) and function is not None:
                    literals = _assigned_literals(function, argument.id)
                for literal in literals:
                    text = ast.unparse(literal)
                    if (module, text) not in ALLOWED:
                        found.append(f"{module}:{literal.lineno}: {_name(call.func)}({text[:100]})")
    return found


def test_no_error_message_is_a_bare_literal():
    found = findings()
    assert not found, "messages not through gettext (wrap them in _(), Dutch source, %(name)s placeholders):\n" + "\n".join(found)


def test_every_allowed_literal_has_a_reason_and_still_exists():
    for (module, text), reason in ALLOWED.items():
        assert len(reason) > 20, (module, text)
        assert text in ast.unparse(ast.parse((ROOT / module).read_text(encoding="utf-8"))), (module, text)


def test_the_walk_sees_each_kind_of_literal(tmp_path):
    """The check itself: each way of writing a bare message is caught, and a translated one is not."""
    (tmp_path / "errors.py").write_text("class DomainError(Exception): ...\nclass InvalidInput(DomainError): ...\n"
                                        "class Refused(InvalidInput): ...\n")
    (tmp_path / "mod.py").write_text('''
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from errors import FieldError, InvalidInput, Refused

def a(x):
    raise InvalidInput("plain", [FieldError("f", f"kies {x}")])

def b(x):
    message = "via a variable %s" % x
    raise Refused(detail=message)

def c(codes):
    raise InvalidInput(_("Onbekend."), [FieldError("f", ", ".join(codes)), FieldError("g", message="{}".format(codes))])

def bad(field, message):
    return InvalidInput(message, [FieldError(field, message)])

def d():
    raise bad("f", "through a helper")

def e():
    raise HttpError(400, "ninja")

def fine(x):
    message = _("%(x)s is geen datum") % {"x": x}
    raise InvalidInput(message, [FieldError("f.g", message), FieldError("h", _("verplicht"))])
''')
    found = findings(tmp_path)
    lines = sorted(int(f.split(":")[1]) for f in found)
    assert lines == [7, 7, 10, 14, 14, 20, 23], found
