"""The suite runs every app's tests: a folder left out of collection fails here instead of passing silently."""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR).resolve()


def _project_apps_with_tests() -> list[str]:
    found = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if ROOT in path.parents and (path / "tests").is_dir():
            found.append(path.relative_to(ROOT).as_posix())
    return found


def test_every_project_app_has_tests():
    assert set(_project_apps_with_tests()) >= {
        "portal",
        "accounts",
        "communities",
        "sessions",
        "coaching",
        "clip_tracker",
        "notifications",
    }


def test_every_apps_tests_folder_is_collected(request):
    given = sorted(Path(arg).resolve() for arg in request.config.args)
    testpaths = sorted((ROOT / path).resolve() for path in request.config.getini("testpaths"))
    whole_suite = given in ([], [ROOT], testpaths)
    filtered = request.config.getoption("keyword") or request.config.getoption("markexpr")
    if not whole_suite or filtered:
        pytest.skip("only a whole-suite run (plain `pytest`, as `make test` and CI run it) collects every folder")
    configured = {Path(path).parts[0] for path in request.config.getini("testpaths")}
    missing = [app for app in _project_apps_with_tests() if app.split("/")[0] not in configured]
    assert not missing, f"add these apps to testpaths in pyproject.toml: {missing}"
    collected = {Path(str(item.fspath)).resolve() for item in request.session.items}
    for app in _project_apps_with_tests() + ["tests"]:
        folder = ROOT / app / "tests" if app != "tests" else ROOT / "tests"
        assert any(folder in path.parents for path in collected), f"no test under {folder} was collected"
