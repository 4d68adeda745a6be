"""The fast reader of knowledge-base files gives what PyYAML gives, or declines (None)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from reportcli import fastyaml

ROOT = Path(__file__).resolve().parents[1]

TRICKY = ["-5", "0x1f", "1_000", "1.5e3", "1.5e+3", "1.5E-3", ".5", "-.5", "1.", "012", "+1", "~", "NULL", "null",
          "Yes", "off", "On", "y", "n", "2002-01-24", "'2002-01-24'", "12:30", "1:20", "'a''b'", '"a\\nb"', '"x"',
          "\"a'b\"", "a #b", "a# b", "a: b", "a:b", "a:", "[]", "{}", "[1]", "{a: 1}", "&x a", "*x", "!!str 1", "|",
          ">", "- a", "-a", "?a", "? a", ":a", ": a", "%a", "@a", "`a", "  spaced  ", "中文：冒号", "中文 #注", "=",
          "<<", ".inf", ".nan", "0o7", "0b1", "1e5", "-0", "-0.0", "'", "''", '""', "'''", "'a' b", "3290", "3290.5",
          "0", "00", "1,000", "true", "FALSE", "a\\b", "#", "", "x  #y", "- ", "-", "a\u3000b", "0.", "+.5",
          "1:2:3.5", "a\tb", "a\rb", "a\x85b", "\ufeffa"]
SIMPLE = ["abc", "中文", "3290", "1.5", "null", "'q'", '"dq"', "-2", "[]", ""]
KEYS = ["id", "name", "on", "null", "yes", "y", "True", "key_1", "_x", "off", "No", "NULL", "1a", "中"]


def _pyyaml(text: str):
    try:
        return yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return "error"


def _same(text: str) -> bool:
    """Declined, or read exactly as PyYAML reads it (types too: 1 is not 1.0 nor True)."""
    fast = fastyaml.load(text)
    return fast is None or repr(fast) == repr(_pyyaml(text))


@pytest.mark.parametrize("scalar", TRICKY + SIMPLE)
def test_scalars_read_as_pyyaml_reads_them(scalar):
    for text in (f"a: {scalar}", f"- {scalar}", f"k:\n- {scalar}\n- x", f"x:\n  y: {scalar}\n  z: 1", f"{scalar}: 1",
                 f"a: 1\nb:\n  {scalar}", f"- a: {scalar}\n  b: 2\n- c"):
        assert _same(text), text


def test_random_documents_read_as_pyyaml_reads_them():
    rnd = random.Random(14)

    def scalar():
        return rnd.choice(TRICKY) if rnd.random() < 0.1 else rnd.choice(SIMPLE)

    def block(depth: int, indent: int) -> list[str]:
        lines = []
        if rnd.random() < 0.5 or depth > 3:
            for _ in range(rnd.randint(1, 4)):
                key = rnd.choice(KEYS) if rnd.random() < 0.2 else rnd.choice(["id", "name", "ab", "a", "b"])
                if rnd.random() < 0.3:
                    lines.append(" " * indent + key + ":" + rnd.choice(["", " "]))
                    lines += block(depth + 1, indent + rnd.choice([0, 1, 2, 2, 4]))
                else:
                    lines.append(" " * indent + key + ":" + rnd.choice([" ", "  ", ""]) + scalar())
        else:
            for _ in range(rnd.randint(1, 3)):
                inner = block(depth + 1, indent + 2)
                if rnd.random() < 0.5 and not inner[0][indent + 2:].startswith(" "):
                    lines += [" " * indent + "- " + inner[0][indent + 2:], *inner[1:]]
                else:
                    lines.append(" " * indent + rnd.choice(["- ", "-  ", "-"]) + scalar())
        if rnd.random() < 0.05:
            lines.insert(rnd.randrange(len(lines) + 1), rnd.choice(["", "  ", "# c", "  # c", "---", "x"]))
        return lines

    read = 0
    for _ in range(4000):
        text = "\n".join(block(0, rnd.choice([0, 0, 2]))) + rnd.choice(["", "\n"])
        assert _same(text), text
        read += fastyaml.load(text) is not None
    assert read > 500  # it does read documents, not only decline them


def test_knowledge_base_files_read_as_pyyaml_reads_them():
    files = sorted(ROOT.glob("data/*.yaml")) + sorted(ROOT.glob("tests/**/*.yaml"))
    for path in files:
        assert _same(path.read_text(encoding="utf-8")), path


def test_what_draft_writes_is_read_fast():
    from reportcli.draft import to_yaml

    for report in yaml.load((ROOT / "data" / "reports.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)[
            "reports"]:
        report["date"] = str(report["date"])  # a draft's date is a string (YAML's own dates are left to PyYAML)
        text = to_yaml(report)
        assert fastyaml.load(text) is not None
        assert _same(text)


def test_a_duplicate_key_is_left_to_pyyaml():
    assert fastyaml.load("a: 1\nb: 2\na: 3") is None
    assert fastyaml.load("- a: 1\n  a: 2") is None
