"""The profile, one page per concern (issue 17): each page has its own form and save, and a sub-navigation."""

import pytest
from django.urls import reverse

from notifications.selectors import notification_settings_for

PAGES = ["profile", "notifications:settings", "profile_calendar", "profile_security", "personal_data"]


@pytest.mark.parametrize("name", PAGES)
def test_every_profile_page_links_every_other_and_marks_itself(client, member, name):
    client.force_login(member)
    page = client.get(reverse(name)).content.decode()
    for other in PAGES:
        assert f'href="{reverse(other)}"' in page
    assert page.count('aria-current="page"') == 1
    assert f'href="{reverse(name)}" aria-current="page"' in page


@pytest.mark.parametrize("name", ["profile_calendar", "profile_security", "personal_data", "notifications:settings"])
def test_profile_pages_need_sign_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_saving_the_details_leaves_the_email_settings_alone(client, member):
    client.force_login(member)
    client.post(reverse("notifications:settings"), {"notify-reminders": "none", "notify-digest": "weekly"})
    response = client.post(
        reverse("profile"), {"display_name": "Siân E.", "organisation": "NRW", "preferred_language": "cy"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.display_name, member.organisation) == ("Siân E.", "NRW")
    chosen = notification_settings_for(user=member)
    assert (chosen.reminders, chosen.digest) == ("none", "weekly")


def test_saving_the_email_settings_leaves_the_details_alone(client, member):
    client.force_login(member)
    response = client.post(reverse("notifications:settings"), {"notify-reminders": "hour", "notify-digest": "never"})
    assert response.status_code == 302 and response.url == reverse("notifications:settings")
    assert notification_settings_for(user=member).digest == "never"
    member.refresh_from_db()
    assert member.display_name == "Siân Evans"


def test_the_details_page_has_no_email_settings_form(client, member):
    client.force_login(member)
    page = client.get(reverse("profile")).content.decode()
    assert 'name="notify-digest"' not in page
    assert page.count("<form") == 1


def test_the_calendar_page_links_the_private_calendar_address_page(client, member):
    client.force_login(member)
    assert f'href="{reverse("sessions:my_calendar")}"' in client.get(reverse("profile_calendar")).content.decode()


def test_the_security_page_links_changing_the_password_and_the_email(client, member):
    client.force_login(member)
    page = client.get(reverse("profile_security")).content.decode()
    assert f'href="{reverse("account_change_password")}"' in page
    assert f'href="{reverse("account_email")}"' in page
    assert member.email in page


@pytest.mark.parametrize("name", ["account_change_password", "account_email"])
@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_allauths_account_pages_are_in_our_layout_and_language(client, member, name, prefix):
    client.force_login(member)
    response = client.get(prefix + reverse(name))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="cylch-header"' in page and 'class="cylch-subnav"' in page
    assert f'<html lang="{prefix.strip("/") or "en"}"' in page
    assert "allauth" not in page  # none of allauth's own templates, scripts or dialogs
    assert f'href="{reverse("profile_security")}" aria-current="page"' in page


def test_the_email_page_shows_the_address_and_changes_it_once_confirmed(client, member):
    from allauth.account.models import EmailAddress

    client.force_login(member)
    page = client.get(reverse("account_email")).content.decode()
    assert f"You sign in with {member.email}, and Cylch’s emails go to it." in page
    response = client.post(reverse("account_email"), {"action_add": "", "email": "not-an-address"})
    page = response.content.decode()
    assert page.count("Enter an email address in the correct format, like name@example.gov.wales") == 2
    client.post(reverse("account_email"), {"action_add": "", "email": "sian.new@example.org"})
    assert EmailAddress.objects.filter(user=member, email="sian.new@example.org", verified=False).exists()
    page = client.get(reverse("account_email")).content.decode()
    assert "You asked to change to sian.new@example.org." in page
    assert "Cancel the change" in page

    client.post(reverse("account_email"), {"action_remove": "", "email": "sian.new@example.org"})
    assert list(EmailAddress.objects.filter(user=member).values_list("email", flat=True)) == [member.email]


def test_changing_the_password_names_each_missing_field(client, member):
    client.force_login(member)
    page = client.post(reverse("account_change_password"), {}).content.decode()
    for message in ["Enter your current password", "Enter a new password", "Enter the new password again, to check it"]:
        assert page.count(message) == 2, message  # beside the field and in the summary
    page = client.post(
        reverse("account_change_password"),
        {"oldpassword": "wrong-one", "password1": "a-new-long-phrase-1", "password2": "a-new-long-phrase-1"},
    ).content.decode()
    assert "Your current password is not right: enter the password you sign in with now" in page


def test_signing_in_with_nothing_names_both_fields(client, db):
    page = client.post(reverse("account_login"), {}).content.decode()
    assert page.count("Enter your email address") == 2
    assert page.count("Enter your password") == 2


def test_resetting_a_password_without_an_address_says_what_to_enter(client, db):
    page = client.post(reverse("account_reset_password"), {}).content.decode()
    assert page.count("Enter your email address") == 2


def test_a_long_name_is_kept_and_its_length_stated(client, member):
    client.force_login(member)
    long_name = "S" * 160
    page = client.post(reverse("profile"), {"display_name": long_name, "preferred_language": "en"}).content.decode()
    assert "Your name must be 150 characters or fewer (you have written 160)" in page
    assert f'value="{long_name}"' in page
