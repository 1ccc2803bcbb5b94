"""The codebase stays navigable: no import cycles, no module over 500 lines, a docstring on each
module, and no extractor importing another extractor (shared knowledge has modules of its own).

The imports are read with ``ast`` (function-level imports included), so a cycle hidden behind a
lazy import inside a function still fails here.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "extractors", "schemas")
MAX_LINES = 500


def project_modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the project's packages."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imported_modules(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules ``name`` imports anywhere in its file (top level or inside functions)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def add(dotted: str) -> None:
        # `from a.b import c`: c may be a module (a.b.c) or a name in a.b
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        if dotted and dotted != name:
            found.add(dotted)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                add(candidate if candidate in modules else module)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), and self-loops."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _registers(path: Path) -> bool:
    """Whether a module registers an extractor (a function decorated with ``@register(...)``)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                func = decorator.func if isinstance(decorator, ast.Call) else decorator
                if getattr(func, "id", None) == "register" or getattr(func, "attr", None) == "register":
                    return True
    return False


def extractor_families() -> set[str]:
    """Top-level names under extractors/ that register an extractor (a module or a package)."""
    families = set()
    for name, path in project_modules().items():
        if name.startswith("extractors.") and _registers(path):
            families.add(name.split(".")[1])
    return families


def test_the_import_graph_has_no_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_a_lazy_import_inside_a_function_counts(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from extractors import numbers\n", encoding="utf-8")
    assert imported_modules("extractors.fake", source, project_modules()) == {"extractors.numbers"}


@pytest.mark.parametrize("name", sorted(project_modules()))
def test_no_module_is_over_500_lines_and_each_says_its_job(name):
    path = project_modules()[name]
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_LINES, f"{path.relative_to(ROOT)} has {len(source.splitlines())} lines"
    if source.strip():
        assert ast.get_docstring(ast.parse(source)), f"{path.relative_to(ROOT)} opens with no docstring"


def test_no_extractor_imports_another_extractor():
    families = extractor_families()
    assert {"metadata", "targets", "tasks", "taskforce", "agencies", "citations"} <= families
    offending = []
    for name, imports in import_graph().items():
        if not name.startswith("extractors."):
            continue
        own = name.split(".")[1]
        for target in imports:
            parts = target.split(".")
            if parts[0] == "extractors" and len(parts) > 1 and parts[1] in families and parts[1] != own:
                offending.append(f"{name} → {target}")
    assert offending == []
