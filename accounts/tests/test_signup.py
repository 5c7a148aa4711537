import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User

SIGNUP = {
    "email": "nia.jones@example.gov.wales",
    "display_name": "Nia Jones",
    "organisation": "Welsh Government",
    "job_title": "Policy officer",
    "team": "Learning and Development",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/confirm-email/\S+/", message.body).group(0)


@pytest.mark.django_db
def test_signup_verify_login_and_edit_profile_through_the_real_views(client):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="nia.jones@example.gov.wales")
    assert (user.display_name, user.team, user.preferred_language) == ("Nia Jones", "Learning and Development", "en")

    # Unverified: signing in sends you back to check your email.
    client.logout()
    response = client.post(reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert response.url == reverse("account_email_verification_sent")

    assert len(mail.outbox) >= 1
    message = mail.outbox[0]
    assert message.to == ["nia.jones@example.gov.wales"]
    assert "Confirm your email address" in message.subject
    link = confirmation_link(message)
    path = link.split("testserver", 1)[1]
    confirm_page = client.get(path)
    assert b"Confirm that nia.jones@example.gov.wales is your email address." in confirm_page.content
    client.post(path)
    assert EmailAddress.objects.get(email=SIGNUP["email"]).verified

    client.logout()
    response = client.post(reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    assert response.status_code == 302
    assert response.url == "/"

    response = client.post(
        reverse("profile"),
        {
            "display_name": "Nia Jones-Price",
            "organisation": "Welsh Government",
            "job_title": "Senior policy officer",
            "team": "Learning and Development",
            "preferred_language": "cy",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.job_title, user.preferred_language) == (
        "Nia Jones-Price",
        "Senior policy officer",
        "cy",
    )
    # The saved preference now chooses the language of the next page.
    assert response.url == "/cy/accounts/profile/"


@pytest.mark.django_db
def test_signup_from_a_disallowed_domain_is_refused_with_a_clear_error(client, settings):
    settings.CYLCH_ALLOWED_EMAIL_DOMAINS = ["gov.wales", "naturalresources.wales"]
    response = client.post(reverse("account_signup"), {**SIGNUP, "email": "someone@gmail.com"})
    assert response.status_code == 200
    assert "Sign-up is open to email addresses at gov.wales, naturalresources.wales." in (response.content.decode())
    assert not User.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("allowed", [["example.gov.wales"], ["gov.wales"], ["EXAMPLE.gov.wales"]])
def test_signup_from_an_allowed_domain_or_its_subdomain_is_accepted(client, settings, allowed):
    settings.CYLCH_ALLOWED_EMAIL_DOMAINS = [d.lower() for d in allowed]
    client.post(reverse("account_signup"), SIGNUP)
    assert User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.django_db
def test_a_lookalike_domain_is_not_a_subdomain(client, settings):
    settings.CYLCH_ALLOWED_EMAIL_DOMAINS = ["gov.wales"]
    client.post(reverse("account_signup"), {**SIGNUP, "email": "someone@notgov.wales"})
    assert not User.objects.exists()


@pytest.mark.django_db
def test_disallowed_domain_error_is_in_welsh_on_welsh_pages(client, settings):
    settings.CYLCH_ALLOWED_EMAIL_DOMAINS = ["gov.wales"]
    response = client.post("/cy/accounts/signup/", {**SIGNUP, "email": "someone@gmail.com"})
    assert "Dim ond cyfeiriadau e-bost yn gov.wales sy’n gallu cofrestru." in (response.content.decode())
    assert not User.objects.exists()


@pytest.mark.django_db
def test_welsh_signup_prefers_welsh_and_gets_its_email_in_welsh(client):
    client.post("/cy/accounts/signup/", SIGNUP)
    user = User.objects.get(email=SIGNUP["email"])
    assert user.preferred_language == "cy"
    assert "Cadarnhewch eich cyfeiriad e-bost" in mail.outbox[0].subject
    assert "/cy/accounts/confirm-email/" in mail.outbox[0].body


@pytest.mark.django_db
def test_mismatched_passwords_change_nothing_and_say_why(client):
    response = client.post(reverse("account_signup"), {**SIGNUP, "password2": "something-else-entirely"})
    assert "The passwords do not match: enter the same password in both boxes" in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_login_prefers_the_persons_language(client, member):
    response = client.post(reverse("account_login"), {"login": member.email, "password": "correct-horse-battery"})
    assert response.url == "/cy/"


@pytest.mark.django_db
def test_repeated_failed_logins_are_rate_limited(client, member):
    for _ in range(6):
        response = client.post(reverse("account_login"), {"login": member.email, "password": "wrong"})
    assert "Too many failed login attempts. Try again later." in response.content.decode()
