"""The confidence weights of data/confidence.yaml are what scripts/fit_confidence.py fits on the judged
samples of docs/ (never edited by hand), and the fit itself finds a known answer."""

import importlib.util
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("fit_confidence", ROOT / "scripts" / "fit_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_finds_the_log_odds_of_a_feature(monkeypatch):
    import math

    script = _script()
    # a feature on: 3 of 4 right; off: 1 of 4 right. Unpenalised, the intercept is the log odds of "off"
    # (ln 1/3) and the feature's weight the log odds ratio (ln 9); the penalty shrinks the weight, and the
    # data being symmetric, the intercept stays at minus half of it
    rows = [[1.0, 1.0]] * 40 + [[1.0, 0.0]] * 40
    ys = [1] * 30 + [0] * 10 + [1] * 10 + [0] * 30
    intercept, weight = script.fit(rows, ys)
    assert 0 < weight < math.log(9) and abs(intercept + weight / 2) < 1e-9
    monkeypatch.setattr(script, "PENALTY", 0.0)
    intercept, weight = script.fit(rows, ys)
    assert abs(intercept - math.log(1 / 3)) < 1e-9 and abs(weight - math.log(9)) < 1e-9


def test_the_shipped_weights_are_the_fit_of_the_judged_samples():
    script = _script()
    from reportcli.draft import load_vocab
    from reportcli.locations import bundled_data_dir

    data = script.examples(load_vocab(bundled_data_dir()))
    assert len(data) >= 4900
    weights = script.fit([x for _, x, _ in data], [y for _, _, y in data])
    shipped = yaml.safe_load((ROOT / "data" / "confidence.yaml").read_text(encoding="utf-8"))
    assert round(weights[0], 3) == shipped["intercept"]
    assert [round(w, 3) for w in weights[1:]] == list(shipped["weights"].values())
    assert 0 < shipped["floor"] < 1
