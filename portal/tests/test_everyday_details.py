"""Small everyday details (issue 17): icons, the feedback link, the port `make run` serves on."""

import subprocess
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/favicon.ico", "image/x-icon"),
        ("/favicon.svg", "image/svg+xml"),
        ("/apple-touch-icon.png", "image/png"),
        ("/site.webmanifest", "application/manifest+json"),
    ],
)
def test_icons_are_served_where_browsers_look_for_them(client, path, content_type):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)


def test_every_page_links_its_icons_and_manifest(client, db):
    page = client.get("/").content.decode()
    for link in [
        '<link rel="icon" href="/static/icons/favicon.ico" sizes="32x32">',
        '<link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml">',
        '<link rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png">',
        '<link rel="manifest" href="/static/icons/site.webmanifest">',
    ]:
        assert link in page


def test_the_icons_have_the_sizes_they_claim():
    from PIL import Image

    icons = ROOT / "static" / "icons"
    assert Image.open(icons / "favicon-32.png").size == (32, 32)
    assert Image.open(icons / "apple-touch-icon.png").size == (180, 180)
    assert (32, 32) in Image.open(icons / "favicon.ico").info["sizes"]


def test_the_beta_banner_links_the_feedback_address_in_both_languages(client, db, settings):
    assert 'href="mailto:' in client.get("/").content.decode()
    with override_settings(FEEDBACK_URL="https://forms.example/cylch?from=beta&x=1"):
        for prefix in ("", "/cy"):
            page = client.get(f"{prefix}/").content.decode()
            banner = page.split('class="govuk-phase-banner"')[1].split("</div>")[0]
            assert 'href="https://forms.example/cylch?from=beta&amp;x=1"' in banner


def test_feedback_goes_to_the_sending_address_unless_configured(settings):
    from email.utils import parseaddr

    from portal.settings import base

    assert base.FEEDBACK_URL.startswith("mailto:" + base.FEEDBACK_EMAIL)
    assert base.FEEDBACK_EMAIL == (base.env.str("FEEDBACK_EMAIL", default="") or parseaddr(base.DEFAULT_FROM_EMAIL)[1])


def _make_run(*arguments, env=None) -> str:
    import os

    # Not the settings of a make this suite may itself run under (`make test`): its variables and its
    # "Entering directory" lines.
    outer = {"PORT", "SITE_URL", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}
    environment = {key: value for key, value in os.environ.items() if key not in outer}
    environment.update(env or {})
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "run", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return next(line for line in result.stdout.splitlines() if "honcho start" in line)


def test_make_run_serves_on_the_port_asked_for_and_links_match():
    line = _make_run("PORT=8100")
    assert "honcho start --port 8100" in line
    assert 'SITE_URL="http://127.0.0.1:8100"' in line


def test_make_run_defaults_to_8000_and_keeps_a_site_url_that_is_set():
    assert "--port 8000" in _make_run()
    assert 'SITE_URL="https://cylch.example"' in _make_run(env={"SITE_URL": "https://cylch.example"})


def test_the_procfile_web_process_uses_the_port_honcho_gives_it():
    web = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    assert "127.0.0.1:${PORT:-8000}" in web
