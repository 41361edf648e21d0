"""The .github files: valid against GitHub's schemas (vendored in check-jsonschema, so offline), and they do their job."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run(
        [str(script), "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _load(path: Path) -> dict[object, object]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _triggers(workflow: dict[object, object]) -> dict[str, object]:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key 'on' as true
    assert isinstance(triggers, dict)
    return triggers


def _steps(workflow: dict[object, object]) -> list[dict[str, object]]:
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    return [step for job in jobs.values() for step in job["steps"]]


def test_there_are_workflows_and_an_issue_form() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "pages.yml"]
    assert [path.name for path in ISSUE_FORMS] == ["casus-voorstellen.yml"]
    assert (GITHUB / "pull_request_template.md").is_file()


def test_workflows_match_the_github_workflow_schema() -> None:
    result = check_jsonschema("vendor.github-workflows", *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_match_the_github_issue_form_schema() -> None:
    result = check_jsonschema("vendor.github-issue-forms", *ISSUE_FORMS)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("schema", "source", "break_it"),
    [
        (
            "vendor.github-workflows",
            "workflows/ci.yml",
            lambda text: text.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"),
        ),
        (
            "vendor.github-issue-forms",
            "ISSUE_TEMPLATE/casus-voorstellen.yml",
            lambda text: text.replace("type: textarea", "type: tekstvak", 1),
        ),
    ],
)
def test_schema_validation_can_fail(schema: str, source: str, break_it, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / Path(source).name
    text = (GITHUB / source).read_text(encoding="utf-8")
    broken.write_text(break_it(text), encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != text

    result = check_jsonschema(schema, broken)

    assert result.returncode != 0


def test_ci_checks_builds_and_tests_every_pull_request() -> None:
    workflow = _load(GITHUB / "workflows" / "ci.yml")
    assert "pull_request" in _triggers(workflow)
    commands = [step.get("run") for step in _steps(workflow)]
    for command in ("make check", "make build", "bash .ci/run"):
        assert command in commands
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("check", "build", "test"):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), f"Makefile has no '{target}' target"


def test_pages_publishes_main_with_the_official_actions() -> None:
    workflow = _load(GITHUB / "workflows" / "pages.yml")
    push = _triggers(workflow)["push"]
    assert isinstance(push, dict) and push["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert jobs["publiceren"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "write" not in jobs["bouwen"].get("permissions", {}).values(), (
        "the job that runs the build writes nothing"
    )
    uses = [str(step.get("uses", "")).split("@")[0] for step in _steps(workflow)]
    for action in (
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in uses
    upload = next(
        step
        for step in _steps(workflow)
        if str(step.get("uses", "")).startswith("actions/upload-pages-artifact")
    )
    assert upload["with"] == {"path": "site"}
    assert all(not str(use) or use.startswith("actions/") for use in uses), "only GitHub's own actions"


def test_every_action_is_pinned_by_commit() -> None:
    """A tag can be moved to other code; a full commit SHA cannot."""
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", line), (
                    f"{path.name}: {line}"
                )


def test_pull_request_template_has_a_sourcing_checklist() -> None:
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = re.findall(r"^- \[ \] (.+)$", text, re.MULTILINE)
    assert len(boxes) >= 6
    joined = " ".join(boxes)
    for phrase in (
        "in de praktijk uitgeprobeerd",
        "minstens één bron",
        "minstens één ontwerpprincipe",
        "herkomst: bron",
        "letterlijk",
        "make check",
    ):
        assert phrase in joined, phrase


def test_issue_form_asks_for_the_acceptance_criteria() -> None:
    form = _load(ISSUE_FORMS[0])
    body = form["body"]
    assert isinstance(body, list)
    ids = {item.get("id") for item in body}
    assert {"instelling", "studiejaar", "interventies", "bronnen", "criteria"} <= ids
    criteria = next(item for item in body if item.get("id") == "criteria")
    options = criteria["attributes"]["options"]
    assert all(option["required"] for option in options)
    labels = " ".join(option["label"] for option in options)
    for phrase in ("in de praktijk uitgeprobeerd", "bron", "minstens één ontwerpprincipe"):
        assert phrase in labels
