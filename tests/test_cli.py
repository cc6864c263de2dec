"""The command line end to end: code, ingest (idempotent, failures), events, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli import app

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "data" / "examples"
runner = CliRunner()


def test_cli_code_json_on_stdin():
    text = "Israeli troops attacked a Hamas base in Gaza on Tuesday."
    result = runner.invoke(app, ["code", "--json", "--date", "2020-04-02", "-"], input=text)
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert events[0]["event"] == "ASSAULT"
    assert events[0]["date"] == "2020-03-31"
    assert events[0]["article"]["date"] == "2020-04-02"


def test_cli_code_bad_date_is_usage_error():
    result = runner.invoke(app, ["code", "--date", "yesterday", "-"], input="x")
    assert result.exit_code == 2


def test_cli_ingest_is_idempotent_and_reports_failures(tmp_path):
    db = tmp_path / "t.duckdb"
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "ok1", "text": "Protesters stormed the parliament in Baghdad."}\n'
                   "{not json\n")
    first = runner.invoke(app, ["ingest", "--db", str(db), str(EXAMPLE), str(bad)])
    assert first.exit_code == 1  # one input line failed
    assert "broken.jsonl:2" in first.stderr
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    stored = json.loads(listed.stdout)
    assert len(stored) > 5
    again = runner.invoke(app, ["ingest", "--db", str(db), str(EXAMPLE)])
    assert again.exit_code == 0
    assert "already stored" in again.stderr
    relisted = json.loads(runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
                          .stdout)
    assert len(relisted) == len(stored)


def test_cli_events_filters_and_csv(tmp_path):
    db = tmp_path / "t.duckdb"
    runner.invoke(app, ["ingest", "--db", str(db), str(EXAMPLE)])
    assaults = json.loads(runner.invoke(app, ["events", "--db", str(db), "--event", "ASSAULT",
                                              "--format", "json"]).stdout)
    assert assaults and all(e["event"] == "ASSAULT" for e in assaults)
    dyad = json.loads(runner.invoke(app, ["events", "--db", str(db), "--dyad", "USA-IRQ",
                                          "--format", "json"]).stdout)
    assert all(any(a["code"] == "USA" for a in e["actor"]) for e in dyad)
    csv_out = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,date,event,cameo")
    assert runner.invoke(app, ["events", "--db", str(db), "--dyad", "USA"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2


def test_cli_eval_json_keys(tmp_path, shared):
    gold = json.loads((shared / "data" / "plover" / "gsr_dev.json").read_text())[:12]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold))
    errors = tmp_path / "errors.json"
    result = runner.invoke(app, ["eval", "--json", "--errors", str(errors), str(path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"n", "event_accuracy", "event_macro_f1", "source_accuracy",
                           "target_accuracy", "none_false_positive_rate", "per_category",
                           "mode_accuracy", "dead_accuracy", "location_accuracy",
                           "location_country_accuracy", "factuality_accuracy"}
    assert report["n"] == 12
    assert isinstance(json.loads(errors.read_text()), list)


def test_cli_eval_bad_gold_is_usage_error(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text('{"not": "a list"}')
    assert runner.invoke(app, ["eval", str(path)]).exit_code == 2


@pytest.mark.parametrize("command", ["code", "ingest", "events", "eval", "export", "dyads",
                                     "timeline", "alerts"])
def test_cli_every_option_is_documented_in_readme(command):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    result = runner.invoke(app, [command, "--help"])
    options = {w.strip(",") for w in result.stdout.split() if w.startswith("--")}
    options -= {"--help"}
    missing = [o for o in options if o not in readme]
    assert not missing, f"tocsin {command}: {missing} not in README"


def test_cli_team_dictionaries_extend_the_coder(tmp_path, shared):
    validate = shared / "data" / "petrarch2"
    verbs = tmp_path / "team.verbs.txt"
    verbs.write_text("--- OUTFLANK [190] ---\nOUTFLANK\n")
    text = "Gondor outflanked Arnor."
    assert json.loads(runner.invoke(app, ["code", "--json", "-"], input=text).stdout) == []
    result = runner.invoke(app, ["code", "--json", "--actors",
                                 str(validate / "PETR.Validate.actors.txt"), "--agents",
                                 str(validate / "PETR.Validate.agents.txt"), "--verbs",
                                 str(verbs), "-"], input=text)
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert events and events[0]["event"] == "ASSAULT"
    assert {a["code"] for a in events[0]["actor"]} == {"GON"}
    assert {a["code"] for a in events[0]["recipient"]} == {"ARN"}


def test_coder_loads_petrarch_validation_dictionaries(shared):
    from tocsin.coding.coder import Coder

    validate = shared / "data" / "petrarch2"
    coder = Coder.with_dictionaries(actors=[validate / "PETR.Validate.actors.txt"],
                                    agents=[validate / "PETR.Validate.agents.txt"],
                                    verbs=[validate / "PETR.Validate.verbs.txt"])
    assert coder.verbs.lookup_lemma("attack") == "223"  # the validation file's own code
    assert {m.code for m in coder.actors.match(["Gondor", "and", "Arnor"])} == {"GON", "ARN"}


def test_cli_malformed_dictionary_names_file_and_line(tmp_path):
    bad = tmp_path / "team.actors.txt"
    bad.write_text("GONDOR_ [GON]\nMINAS_TIRITH [GON\n")
    result = runner.invoke(app, ["code", "--actors", str(bad), "-"], input="x")
    assert result.exit_code == 2
    assert "team.actors.txt:2" in result.stderr


def test_cli_events_clusters_merge_reports_of_one_event(tmp_path):
    db = tmp_path / "t.duckdb"
    src = tmp_path / "two.jsonl"
    lines = [
        {"id": "a1", "source": "wire-a.example", "date": "2024-03-02",
         "text": "Russian missiles struck an apartment block in Kharkiv on Friday, killing five."},
        {"id": "a2", "source": "wire-b.example", "date": "2024-03-02",
         "text": "A Russian missile strike hit an apartment block in Kharkiv on Friday, "
                 "killing six people, officials said."},
    ]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert runner.invoke(app, ["ingest", "--db", str(db), str(src)]).exit_code == 0
    mentions = json.loads(runner.invoke(app, ["events", "--db", str(db), "--event", "ASSAULT",
                                              "--format", "json"]).stdout)
    merged = json.loads(runner.invoke(app, ["events", "--db", str(db), "--event", "ASSAULT",
                                            "--clusters", "--format", "json"]).stdout)
    assert len(mentions) == 2 and len(merged) == 1
    assert merged[0]["num_sources"] == 2 and len(merged[0]["mentions"]) == 2
