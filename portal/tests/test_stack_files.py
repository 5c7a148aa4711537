import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_docker_compose_file_matches_the_compose_specification():
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec", "docker-compose.yml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_docker_compose_runs_the_whole_stack_configured_by_environment():
    stack = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert set(stack["services"]) == {"web", "worker", "beat", "postgres", "redis", "mailpit"}
    web = stack["services"]["web"]
    assert "gunicorn" in web["command"]
    assert web["environment"]["SECRET_KEY"].startswith("${SECRET_KEY:?")


def test_procfile_runs_web_worker_and_beat():
    processes = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line)
    assert set(processes) == {"web", "worker", "beat"}
