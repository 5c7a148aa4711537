"""Two-factor authentication in the browser: enrolment forced on a coordinator, signing in with a code or a recovery
code, an ordinary member turning it on and off, and the pages' accessibility in both languages."""

import time
from importlib import import_module
from urllib.parse import urlparse

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.cache import cache

from accounts.models import User
from accounts.services import user_make_coordinator
from tests.factories import authenticator_code

from .conftest import axe_violations, save_screenshot, sign_in

PASSWORD = "cylch-demo-2026"
SET_UP = "/accounts/2fa/totp/activate/"
CODE_STEP = "/accounts/2fa/authenticate/"
RECOVERY_CODES = "/accounts/2fa/recovery-codes/"
MAKE_NEW_CODES = "/accounts/2fa/recovery-codes/generate/"
TWO_FACTOR_INDEX = "/accounts/2fa/"
TURN_OFF = "/accounts/2fa/totp/deactivate/"
CODE_REAUTHENTICATION = "/accounts/2fa/reauthenticate/"
PASSWORD_REAUTHENTICATION = "/accounts/reauthenticate/"
SECURITY = "/accounts/profile/security/"
COORDINATORS_PAGES = ["/clip/periods/", "/co-coaching/coordinate/", "/communities/suggestions/", "/admin/"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def localised(path: str, language: str) -> str:
    return path if language == "en" else "/cy" + path


def path_of(page) -> str:
    return urlparse(page.url).path


def code_submit(page, code: str) -> None:
    page.locator("#id_code").fill(code)
    page.locator("main form:has(#id_code) button[type=submit]").click()
    page.wait_for_load_state()


def password_sign_in(page, base_url: str, email: str, language: str = "en") -> None:
    page.goto(base_url + localised("/accounts/login/", language))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form:has(#id_password) button[type=submit]").click()
    page.wait_for_load_state()


def password_confirm_if_asked(page, language: str = "en") -> bool:
    """allauth asks for the password again before any change to how someone signs in, even just after sign-in."""
    if path_of(page) != localised(PASSWORD_REAUTHENTICATION, language):
        return False
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form:has(#id_password) button[type=submit]").click()
    page.wait_for_load_state()
    return True


def sign_out(page, base_url: str) -> None:
    page.goto(base_url + "/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert path_of(page) in ("/", "/cy/")


def fresh_code(key: str, user: User) -> str:
    """The key's code of the moment, not one about to expire, and not yet marked used: allauth refuses a code twice
    in its 30 seconds, and these journeys sign the same person in more often than that."""
    if 30 - time.time() % 30 < 3:
        time.sleep(3.5)
    code = authenticator_code(key)
    cache.delete(f"allauth.mfa.totp.used?user={user.pk}&code={code}")
    return code


def wrong_code(key: str) -> str:
    """A code valid in none of the windows around now."""
    totp = pyotp.TOTP(key)
    valid = {totp.at(time.time() + drift) for drift in (-60, -30, 0, 30, 60)}
    return next(code for code in (f"{n:06d}" for n in range(123456, 999999, 111111)) if code not in valid)


def error_beside_code_field(page) -> str:
    error = page.locator("#id_code-error")
    assert error.is_visible()
    assert "id_code-error" in (page.locator("#id_code").get_attribute("aria-describedby") or "").split()
    assert page.locator(".govuk-error-summary a[href='#id_code']").is_visible()
    return error.inner_text()


def recovery_codes_shown(page) -> list[str]:
    return [code.strip() for code in page.locator(".cylch-recovery-codes li code").all_inner_texts()]


def session_reauthentication_age(page, seconds: int) -> None:
    """Makes this browser's last confirmation of who they are `seconds` old, as if they had stepped away."""
    session_key = next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "sessionid")
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key)
    records = session["account_authentication_methods"]
    for record in records:
        record["at"] = record["at"] - seconds
    session["account_authentication_methods"] = records
    session.save()


@pytest.fixture
def browser_context(chromium, request):
    viewport = VIEWPORTS[request.param]
    context = chromium.new_context(viewport=viewport, is_mobile=request.param == "phone")
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.mark.parametrize(
    ("language", "browser_context"), [("cy", "phone"), ("en", "desktop")], indirect=["browser_context"]
)
def test_a_new_coordinator_must_set_up_an_authenticator_then_signs_in_with_its_codes(browser_context, demo, language):
    page = browser_context.new_page()
    person = User.objects.get(email="staff@cylch.example")
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    user_make_coordinator(user=person)
    set_up = localised(SET_UP, language)
    violations = {}

    password_sign_in(page, demo, person.email, language)
    if path_of(page) == localised(PASSWORD_REAUTHENTICATION, language):
        violations["password-reauthentication"] = axe_violations(page)
        password_confirm_if_asked(page, language)
    assert path_of(page) == set_up
    for path in COORDINATORS_PAGES:
        page.goto(demo + localised(path, language))
        assert path_of(page) == set_up, f"{path} was reached without a second factor"
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("#second-factor-needed").is_visible()
    # Nothing on the page leads to pages they cannot reach yet.
    assert page.locator("main .cylch-subnav, main .govuk-back-link").count() == 0
    assert page.locator("img.cylch-totp-qr").evaluate("image => image.complete && image.naturalWidth > 0")
    violations["set-up"] = axe_violations(page)
    if language == "cy":
        save_screenshot(page, "cy-phone-second-factor-set-up")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390

    key = page.locator("#authenticator-key").inner_text().replace(" ", "").strip()
    code_submit(page, wrong_code(key))
    assert path_of(page) == set_up
    error_beside_code_field(page)
    if language == "en":
        assert page.title().startswith("Error:")
    violations["set-up-with-error"] = axe_violations(page)
    assert page.locator("#authenticator-key").inner_text().replace(" ", "").strip() == key

    code_submit(page, fresh_code(key, person))
    assert path_of(page) == localised(RECOVERY_CODES, language)
    codes = recovery_codes_shown(page)
    assert len(codes) == len(set(codes)) == 10
    violations["recovery-codes"] = axe_violations(page)

    response = page.goto(demo + localised("/clip/periods/", language))
    assert response.status == 200
    assert path_of(page) == localised("/clip/periods/", language)

    sign_out(page, demo)
    password_sign_in(page, demo, person.email, language)
    assert path_of(page) == localised(CODE_STEP, language)
    assert page.locator("html").get_attribute("lang") == language
    violations["code-step"] = axe_violations(page)
    code_submit(page, wrong_code(key))
    assert path_of(page) == localised(CODE_STEP, language)
    message = error_beside_code_field(page)
    if language == "en":
        assert "That code is not right" in message
    violations["code-step-with-error"] = axe_violations(page)

    code_submit(page, fresh_code(key, person))
    assert path_of(page) != localised(CODE_STEP, language)
    response = page.goto(demo + localised("/clip/periods/", language))
    assert response.status == 200
    assert path_of(page) == localised("/clip/periods/", language)
    assert {name: found for name, found in violations.items() if found} == {}


def test_a_recovery_code_signs_in_once(page, demo):
    coordinator = User.objects.get(email="coordinator@cylch.example")
    sign_in(page, demo, coordinator.email)
    page.goto(demo + RECOVERY_CODES)
    password_confirm_if_asked(page)
    assert path_of(page) == RECOVERY_CODES
    codes = recovery_codes_shown(page)
    assert len(codes) == 10

    # Someone who must have a second factor may not turn it off, only replace it (a new phone).
    page.goto(demo + SECURITY)
    assert page.locator("main .govuk-tag--green").is_visible()
    assert page.locator(f"main a[href$='{RECOVERY_CODES}']").is_visible()
    page.locator(f"main a[href$='{TURN_OFF}']").click()
    page.wait_for_load_state()
    password_confirm_if_asked(page)
    assert path_of(page) == TURN_OFF
    assert page.locator("h1").inner_text() == "Replace your authenticator app"
    assert page.get_by_role("button", name="Remove the old app and set up a new one").is_visible()
    assert axe_violations(page) == []
    assert Authenticator.objects.filter(user=coordinator, type=Authenticator.Type.TOTP).exists()

    sign_out(page, demo)
    password_sign_in(page, demo, coordinator.email)
    assert path_of(page) == CODE_STEP
    page.locator("main").get_by_role("button", name="Cancel and go back to the sign-in page").click()
    page.wait_for_load_state()
    assert path_of(page) == "/accounts/login/"
    password_sign_in(page, demo, coordinator.email)
    assert path_of(page) == CODE_STEP
    code_submit(page, codes[0])
    assert path_of(page) != CODE_STEP
    assert page.goto(demo + "/clip/periods/").status == 200
    assert path_of(page) == "/clip/periods/"
    page.goto(demo + RECOVERY_CODES)
    password_confirm_if_asked(page)
    assert codes[0] not in recovery_codes_shown(page)
    assert len(recovery_codes_shown(page)) == 9

    sign_out(page, demo)
    password_sign_in(page, demo, coordinator.email)
    code_submit(page, codes[0])
    assert path_of(page) == CODE_STEP
    error_beside_code_field(page)
    page.goto(demo + "/clip/periods/")
    # Still only half signed in: the coordinators' page sends them back to a sign-in step.
    assert path_of(page) in ("/accounts/login/", CODE_STEP)


def test_a_member_turns_two_factor_authentication_on_and_off_and_its_pages_are_accessible(page, demo):
    member = User.objects.get(email="member@cylch.example")
    violations = {}

    def check(name: str, path: str | None = None) -> None:
        """Axe on this page, or on `path` in Welsh and then in English."""
        if path is None:
            violations[name] = axe_violations(page)
            return
        for language in ("cy", "en"):
            page.goto(demo + localised(path, language))
            assert path_of(page) == localised(path, language), f"{name} in {language} went to {page.url}"
            assert page.locator("html").get_attribute("lang") == language
            violations[f"{language}-{name}"] = axe_violations(page)

    sign_in(page, demo, member.email)
    check("security-off", SECURITY)
    check("index-off", TWO_FACTOR_INDEX)
    page.goto(demo + SECURITY)
    assert page.locator(f"main a[href$='{TURN_OFF}']").count() == 0
    page.locator(f"main a[href$='{SET_UP}']").click()
    page.wait_for_load_state()
    if path_of(page) == PASSWORD_REAUTHENTICATION:
        check("password-reauthentication")
        password_confirm_if_asked(page)
    assert path_of(page) == SET_UP
    assert page.locator("#second-factor-needed").count() == 0
    assert page.locator(f"main .govuk-back-link[href$='{SECURITY}']").is_visible()
    check("set-up", SET_UP)
    key = page.locator("#authenticator-key").inner_text().replace(" ", "").strip()
    code_submit(page, wrong_code(key))
    error_beside_code_field(page)
    check("set-up-with-error")
    code_submit(page, fresh_code(key, member))
    assert path_of(page) == RECOVERY_CODES
    assert len(recovery_codes_shown(page)) == 10

    check("recovery-codes", RECOVERY_CODES)
    check("make-new-codes", MAKE_NEW_CODES)
    check("index-on", TWO_FACTOR_INDEX)
    check("security-on", SECURITY)
    check("code-reauthentication", CODE_REAUTHENTICATION)
    code_submit(page, wrong_code(key))
    error_beside_code_field(page)
    check("code-reauthentication-with-error")

    page.goto(demo + SECURITY)
    page.locator(f"main a[href$='{TURN_OFF}']").click()
    page.wait_for_load_state()
    assert path_of(page) == TURN_OFF
    check("turn-off", TURN_OFF)

    # Away long enough that turning it off asks again who they are.
    session_reauthentication_age(page, seconds=60 * 60)
    page.goto(demo + TURN_OFF)
    assert path_of(page) in (PASSWORD_REAUTHENTICATION, CODE_REAUTHENTICATION)
    check("reauthentication-before-turning-off")
    if not password_confirm_if_asked(page):
        code_submit(page, fresh_code(key, member))
    assert path_of(page) == TURN_OFF
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert not Authenticator.objects.filter(user=member).exists()
    page.goto(demo + SECURITY)
    assert page.locator(f"main a[href$='{SET_UP}']").is_visible()
    assert page.locator(f"main a[href$='{RECOVERY_CODES}']").count() == 0

    sign_out(page, demo)
    password_sign_in(page, demo, member.email)
    assert path_of(page) != CODE_STEP
    pages_in_both_languages = ["security-off", "index-off", "set-up", "recovery-codes", "make-new-codes", "index-on"]
    pages_in_both_languages += ["security-on", "code-reauthentication", "turn-off"]
    assert {f"{language}-{name}" for name in pages_in_both_languages for language in ("en", "cy")} <= set(violations)
    assert {name: found for name, found in violations.items() if found} == {}
