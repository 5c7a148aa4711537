"""Browser tests: Playwright driving Debian's Chromium against a live server with demo data."""

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from conftest import CHROMIUM, skip_or_fail

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
WCAG_A_AND_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM):
        skip_or_fail(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(live_server, transactional_db, settings):
    """The live server's URL, with seed_demo's people and content loaded."""
    settings.DEBUG = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("seed_demo")
    settings.DEBUG = False
    return live_server.url


def sign_in(page, base_url, email, password="cylch-demo-2026", language="en"):
    prefix = "/cy" if language == "cy" else ""
    page.goto(f"{base_url}{prefix}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main form:has(#id_password) button[type=submit]").click()
    page.wait_for_load_state()
    if "/accounts/2fa/authenticate/" in page.url:
        # The demo's superuser and coordinator: the code their authenticator app shows now.
        page.locator("#id_code").fill(authenticator_code_now(email))
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()


def authenticator_code_now(email: str) -> str:
    """The demo key's code of the moment. allauth refuses a code used twice in its 30 seconds, so this person's
    record of used codes is cleared first: browser tests sign the same person in more often than that."""
    from django.core.cache import cache

    from accounts.demo import DEMO_AUTHENTICATOR_KEY
    from accounts.models import User
    from tests.factories import authenticator_code

    code = authenticator_code(DEMO_AUTHENTICATOR_KEY)
    user_id = User.objects.get(email=email).pk
    cache.delete(f"allauth.mfa.totp.used?user={user_id}&code={code}")
    return code


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_A_AND_AA}})
    return [
        {"id": v["id"], "impact": v["impact"], "targets": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
    ]


def save_screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
