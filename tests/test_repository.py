"""Repository hygiene: workflows, pre-commit hooks, notebook format."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


def test_workflows_match_the_published_schema():
    result = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")), "--builtin-schema",
                             "vendor.github-workflows", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github/workflows" / name).read_text())


def test_pull_requests_run_untrusted_code_without_secrets_or_write_access():
    ci = load("ci.yml")
    triggers = ci.get("on", ci.get(True))  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in triggers and "pull_request_target" not in triggers
    assert "secrets." not in yaml.safe_dump(ci)
    assert ci["permissions"] == {"contents": "read"}
    steps = ci["jobs"]["test"]["steps"]
    assert any(s.get("run") == ".ci/run" for s in steps), "CI calls the same command as developers"
    assert ci["jobs"]["test"]["container"].startswith("debian:")


def test_deploy_uses_the_official_pages_actions_and_sets_the_urls():
    deploy = load("deploy.yml")
    uses = [s.get("uses", "") for job in deploy["jobs"].values() for s in job["steps"]]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert any(u.startswith(action) for u in uses), action
    build = next(s for s in deploy["jobs"]["build"]["steps"] if s.get("run") == "make build")
    assert set(build["env"]) == {"SITE_URL", "REPO_URL"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_pre_commit_hooks_are_local():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    assert [r["repo"] for r in config["repos"]] == ["local"]
    assert all(h["entry"].startswith(".venv/bin/") for h in config["repos"][0]["hooks"])


def test_notebook_format_check(tmp_path):
    good = subprocess.run([sys.executable, str(ROOT / "scripts/check_notebooks.py"), *map(str, (ROOT / "notebooks").glob("*.py"))],
                          capture_output=True, text=True)
    assert good.returncode == 0, good.stdout
    bad = tmp_path / "bad.py"
    bad.write_text("x = 1\n")
    result = subprocess.run([sys.executable, str(ROOT / "scripts/check_notebooks.py"), str(bad)], capture_output=True, text=True)
    assert result.returncode == 1 and "percent format" in result.stdout


def test_python_code_passes_the_linter():
    result = subprocess.run([str(Path(sys.executable).with_name("ruff")), "check", "--no-cache", "--output-format", "concise"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
