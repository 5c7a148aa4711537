"""A second factor: offered to everyone, required of superusers, admin users and CLIP coordinators (issue 19)."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse

from accounts.adapter import MFAAdapter
from accounts.second_factor import SESSION_PRESENT, SESSION_REQUIRED, provider_reported_multi_factor
from accounts.services import user_make_coordinator
from tests.factories import authenticator_code, make_period, make_person, make_plan, second_factor_enrol

PASSWORD = "correct-horse-battery"
SET_UP = "/accounts/2fa/totp/activate/"


def password_sign_in(client, email, **extra):
    return client.post("/accounts/login/", {"login": email, "password": PASSWORD}, **extra)


@pytest.fixture
def bare_coordinator(db):
    """A coordinator who has not set up an authenticator app yet."""
    return user_make_coordinator(user=make_person("bare@example.org", name="Bare Coordinator", language="cy"))


@pytest.mark.parametrize(
    "path",
    ["/clip/periods/", "/clip/import/", "/co-coaching/coordinate/", "/communities/suggestions/", "/", "/sessions/"],
)
def test_a_coordinator_without_one_is_sent_to_set_it_up_from_every_page(client, bare_coordinator, path):
    password_sign_in(client, bare_coordinator.email)
    assert client.get(path)["Location"] == SET_UP


def test_an_htmx_request_is_told_to_go_to_the_set_up_page(client, bare_coordinator):
    client.force_login(bare_coordinator)
    response = client.get("/clip/periods/", headers={"HX-Request": "true"})
    assert response["HX-Redirect"] == SET_UP


def test_a_session_from_before_second_factors_were_required_is_sent_too(client, bare_coordinator):
    client.force_login(bare_coordinator)
    session = client.session
    del session[SESSION_REQUIRED], session[SESSION_PRESENT]
    session.save()
    assert client.get("/communities/")["Location"] == SET_UP
    assert client.session[SESSION_REQUIRED] is True


def test_someone_made_a_coordinator_after_signing_in_has_no_coordinators_powers_until_they_have_one(client, member):
    plan = make_plan()
    draft = make_period(plan)
    client.force_login(member)
    user_make_coordinator(user=member)
    assert client.get("/clip/periods/")["Location"] == SET_UP
    assert client.get(reverse("clip:report", args=[draft.pk])).status_code in (403, 404)
    second_factor_enrol(member)
    client.logout()
    client.force_login(member)  # signing in again, as allauth would have asked for the app's code
    assert client.get("/clip/periods/").status_code == 200
    assert client.get(reverse("clip:report", args=[draft.pk])).status_code == 200


def test_with_the_apps_code_a_coordinator_gets_in(client, coordinator):
    stored = Authenticator.objects.get(user=coordinator, type=Authenticator.Type.TOTP).data["secret"]
    key = MFAAdapter().decrypt(stored)
    assert stored.startswith("fernet:") and key not in stored  # no one's key in a copy of the database
    coordinator.set_password(PASSWORD)
    coordinator.save()
    assert password_sign_in(client, coordinator.email)["Location"] == "/accounts/2fa/authenticate/"
    assert SESSION_KEY not in client.session
    assert client.get("/clip/periods/")["Location"].startswith("/accounts/login/")
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    client.post("/accounts/2fa/authenticate/", {"code": authenticator_code(key)})
    assert client.get("/co-coaching/coordinate/").status_code == 200


def test_a_recovery_code_works_once_and_the_person_is_told_in_their_language(client, bare_coordinator):
    second_factor_enrol(bare_coordinator)
    codes = Authenticator.objects.get(user=bare_coordinator, type=Authenticator.Type.RECOVERY_CODES)
    code = codes.wrap().get_unused_codes()[0]

    password_sign_in(client, bare_coordinator.email)
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert client.get("/co-coaching/coordinate/").status_code == 200
    notice = mail.outbox[-1]
    assert notice.to == [bare_coordinator.email]
    assert notice.subject == "[Cylch] Defnyddiwyd cod adfer i fewngofnodi i’ch cyfrif Cylch"
    assert "Mae gennych 9 cod adfer ar ôl." in notice.body

    client.logout()
    password_sign_in(client, bare_coordinator.email)
    again = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert SESSION_KEY not in client.session
    assert "cod" in again.content.decode().lower()


def test_recovery_codes_left_without_the_app_are_not_a_second_factor(client, bare_coordinator):
    second_factor_enrol(bare_coordinator)
    Authenticator.objects.filter(user=bare_coordinator, type=Authenticator.Type.TOTP).delete()
    password_sign_in(client, bare_coordinator.email)
    assert client.get("/clip/periods/")["Location"] == SET_UP


def test_a_coordinator_replacing_their_app_is_sent_straight_to_set_up_a_new_one(
    client, coordinator, django_capture_on_commit_callbacks
):
    coordinator.set_password(PASSWORD)
    coordinator.save()
    client.force_login(coordinator)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get("/accounts/2fa/totp/deactivate/")
    assert "Replace your authenticator app" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/2fa/totp/deactivate/")
    assert not Authenticator.objects.filter(user=coordinator).exists()
    assert client.get("/clip/periods/")["Location"] == SET_UP
    assert mail.outbox[-1].subject == "[Cylch] Two-factor authentication is off for your Cylch account"


@pytest.mark.django_db(transaction=True)  # allauth emails once the new factor is committed, within the request
def test_turning_it_on_emails_the_person_in_their_language(client, member):
    client.force_login(member)
    confirmed = client.post("/cy/accounts/reauthenticate/", {"password": PASSWORD})
    assert confirmed.status_code == 302, confirmed.content.decode()[:3000]
    client.get(SET_UP)
    key = client.session["mfa.totp.secret"]
    activated = client.post(SET_UP, {"code": authenticator_code(key)})
    assert activated.status_code == 302, activated.content.decode()[-3000:]
    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()
    subjects = [message.subject for message in mail.outbox]
    assert "[Cylch] Mae dilysu dau gam ymlaen ar gyfer eich cyfrif Cylch" in subjects


@pytest.mark.parametrize(
    ("methods", "counts"),
    [
        (["pwd", "mfa"], True),
        (["mfa"], True),
        (["pwd", "otp"], True),
        (["hwk", "pin"], True),
        (["pwd"], False),
        (["otp"], False),
        (["pwd", "rba"], False),
        (["pwd", "kba"], False),
        (["pwd", "user"], False),
        ("mfa", False),
        (None, False),
    ],
)
def test_an_identity_providers_amr_counts_only_when_it_names_a_second_factor(methods, counts):
    assert provider_reported_multi_factor(id_token_claims={"amr": methods}) is counts


def test_with_password_sign_in_off_a_password_is_refused_before_it_is_checked(client, member, settings):
    settings.PASSWORD_SIGN_IN = False
    page = client.get("/accounts/login/").content.decode()
    assert 'name="password"' not in page
    refused = password_sign_in(client, member.email)
    assert "signing in with a password is switched off" in refused.content.decode()
    assert SESSION_KEY not in client.session
    assert client.get("/accounts/signup/").status_code == 200
    assert "signup_closed" in " ".join(t.name for t in client.get("/accounts/signup/").templates)


def test_a_changed_encryption_key_is_said_plainly_not_guessed_round(member, settings):
    from django.core.exceptions import ImproperlyConfigured

    stored = MFAAdapter().encrypt("JBSWY3DPEHPK3PXP")
    settings.MFA_ENCRYPTION_KEY = "another key"
    with pytest.raises(ImproperlyConfigured, match="MFA_ENCRYPTION_KEY"):
        MFAAdapter().decrypt(stored)
    with pytest.raises(ImproperlyConfigured):
        MFAAdapter().decrypt("JBSWY3DPEHPK3PXP")  # a key planted in the database unencrypted is not read


def test_an_app_removed_in_one_browser_stops_counting_in_the_others_within_a_minute(coordinator, client):
    import time_machine
    from django.test import Client
    from django.utils import timezone

    other_browser = Client()
    other_browser.force_login(coordinator)
    client.force_login(coordinator)
    assert other_browser.get("/co-coaching/coordinate/").status_code == 200
    Authenticator.objects.filter(user=coordinator).delete()  # as replacing it in the first browser does
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=61)):
        assert other_browser.get("/co-coaching/coordinate/")["Location"] == SET_UP
