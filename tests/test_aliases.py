"""The alias vocabulary (data/aliases.yaml): lead-unit names that occur in the data, no alias under
two canonical names, and lead-unit abbreviations that find the tasks of their unit."""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA

from reportcli.normalize import normalize

ALIASES_FILE = DATA / "aliases.yaml"
LEAD_SECTION = "# Lead units of tasks"


class _NoDuplicateKeys(yaml.SafeLoader):
    """A loader that refuses a canonical name written twice (PyYAML would keep the last silently)."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    keys = [loader.construct_object(key) for key, _ in node.value]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"canonical names listed twice: {repeated}",
                                                node.start_mark)
    return loader.construct_mapping(node)


_NoDuplicateKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _load(text: str) -> dict[str, list[str]]:
    return {k: list(v or []) for k, v in (yaml.load(text, Loader=_NoDuplicateKeys) or {}).items()}


@pytest.fixture(scope="module")
def aliases_text() -> str:
    return ALIASES_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def aliases(aliases_text) -> dict[str, list[str]]:
    return _load(aliases_text)


@pytest.fixture(scope="module")
def lead_aliases(aliases_text) -> dict[str, list[str]]:
    """The entries after the comment heading the lead-unit section."""
    start = aliases_text.find(LEAD_SECTION)
    assert start >= 0, f"no {LEAD_SECTION!r} section in {ALIASES_FILE}"
    section = _load(aliases_text[start:])
    assert section, "the lead-unit section is empty"
    return section


@pytest.fixture(scope="module")
def lead_units(raw_kb) -> set[str]:
    """Every lead unit of every task (and task part) in data/reports.yaml."""
    units: set[str] = set()
    for report in raw_kb["reports"]:
        for rec in report["records"]:
            units.update(rec.get("lead") or [])
            for part in rec.get("parts") or []:
                units.update(part.get("lead") or [])
    assert units
    return units


def test_every_lead_canonical_name_occurs_in_a_lead_unit(lead_aliases, lead_units):
    missing = [name for name in lead_aliases if not any(name in unit for unit in lead_units)]
    assert not missing, f"lead-unit names found in no task's lead: {missing}"


def test_lead_canonical_names_carry_no_region_prefix(lead_aliases):
    assert not [name for name in lead_aliases if name[0] in "市区县旗省"]


def test_every_entry_lists_aliases(aliases):
    assert aliases
    for canonical, names in aliases.items():
        assert isinstance(canonical, str) and normalize(canonical), canonical
        assert names, f"{canonical} lists no alias"
        assert all(isinstance(n, str) and normalize(n) for n in names), (canonical, names)


def test_no_alias_under_two_canonical_names(aliases):
    """After normalisation (width, case, spaces, punctuation), an alias or canonical name
    belongs to one canonical name only; query rewriting would otherwise pick one silently."""
    owner: dict[str, str] = {}
    clashes = []
    for canonical in aliases:
        owner.setdefault(normalize(canonical), canonical)
    for canonical, names in aliases.items():
        for name in names:
            norm = normalize(name)
            first = owner.setdefault(norm, canonical)
            if first != canonical:
                clashes.append(f"{name!r} under {canonical} and {first}")
    assert not clashes, clashes


def test_no_alias_listed_twice_under_one_name(aliases):
    repeated = {c: names for c, names in aliases.items()
                if len({normalize(n) for n in names}) != len(names)}
    assert not repeated, repeated


# abbreviation → canonical unit name → task numbers of 额尔古纳 2023 whose lead lists that unit
# (read from the lead lists of data/reports.yaml, 附件1 of the report)
LEAD_CASES = [
    ("人社局", "人力资源和社会保障局", [1, 2, 3, 6, 7, 8]),
    ("卫健委", "卫生健康委员会", [14, 18, 19, 20, 21, 37]),
    ("住建局", "住房和城乡建设局", [11, 28, 30, 31]),
    ("教科局", "教育和科技局", [6, 15, 16, 22]),
    ("残联", "残疾人联合会", [5, 13]),
    ("妇联", "妇女联合会", [14]),
    ("医保局", "医疗保障局", [29]),
    ("环保局", "生态环境局", [37]),
]


@pytest.mark.parametrize(("abbr", "unit", "numbers"), LEAD_CASES, ids=[c[0] for c in LEAD_CASES])
def test_lead_abbreviation_is_an_alias_of_its_unit(abbr, unit, numbers, lead_aliases, raw_kb):
    assert abbr in lead_aliases.get(unit, [])
    eerguna = next(r for r in raw_kb["reports"] if r["id"] == "eerguna-2023")
    led = sorted(rec["number"] for rec in eerguna["records"]
                 if rec["kind"] == "task" and any(unit in u for u in rec.get("lead") or []))
    assert led == numbers


@pytest.mark.parametrize(("abbr", "unit", "numbers"), LEAD_CASES, ids=[c[0] for c in LEAD_CASES])
def test_lead_abbreviation_finds_the_tasks_of_its_unit(run, abbr, unit, numbers):
    res = run("search", abbr, "--kind", "task", "--region", "额尔古纳", "--json")
    assert res.code == 0, res.err
    found = res.json()
    top = found[:len(numbers)]
    assert sorted(r["number"] for r in top) == numbers, [(r["number"], r["score"]) for r in found]
    assert all(any(unit in u for u in r["lead"]) for r in top)
