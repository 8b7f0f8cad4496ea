"""The package's own source: a module-level name is bound once.

A threshold written twice in one module (two rules each naming theirs ``MIN_INITIALS``)
leaves the first rule reading the second's value, silently; no linter in use reports a
module constant assigned again."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "minshare"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_at_module_level(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_level_constant_is_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [name for name, times in _bound_at_module_level(tree).items() if times > 1]
    constants = [name for name in twice if name.lstrip("_").isupper()]
    assert not constants, f"{path.relative_to(PACKAGE)}: bound more than once: {constants}"
