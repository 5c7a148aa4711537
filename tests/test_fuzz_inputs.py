"""Site-wide forms (sign-up, sign-in, profile, email settings) and addresses, driven through the real views with
hostile input (issue 12): never a 500, and a refused submission saves nothing. Each app's own forms are fuzzed in
its ``tests/test_fuzz.py``; the strategies are in ``tests/hostile.py``."""

from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from hypothesis import event, given
from hypothesis import strategies as st

from accounts.forms import ProfileForm
from accounts.models import User
from notifications.forms import NotificationSettingsForm
from notifications.models import NotificationSettings
from tests.hostile import FUZZ, form_data, rows, text

SIGNUP = {
    "email": "nia.jones@example.gov.wales",
    "display_name": "Nia Jones",
    "organisation": "Welsh Government",
    "job_title": "Policy officer",
    "team": "Learning",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def choice(*good):
    return st.one_of(st.sampled_from(good), text)


@pytest.fixture
def no_rate_limits(settings):
    # allauth would answer 429 after a handful of tries; the point here is what the forms do with the input.
    settings.ACCOUNT_RATE_LIMITS = False


@FUZZ
@given(
    data=form_data(
        SIGNUP,
        {
            "email": st.one_of(text, text.map(lambda local: f"{local}@example.org")),
            "display_name": text,
            "organisation": text,
            "job_title": text,
            "team": text,
            "password1": text,
            "password2": text,
        },
    ),
    welsh=st.booleans(),
)
def test_signing_up_never_fails_and_a_refusal_saves_nothing(client, db, no_rate_limits, data, welsh):
    before = User.objects.count(), EmailAddress.objects.count()
    response = client.post(("/cy" if welsh else "") + "/accounts/signup/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    if response.status_code == 200:
        assert (User.objects.count(), EmailAddress.objects.count()) == before
    client.logout()


@FUZZ
@given(
    data=form_data(
        {"login": "sian@example.org", "password": "correct-horse-battery"},
        {"login": text, "password": text, "remember": text},
    )
)
def test_signing_in_never_fails(client, member, no_rate_limits, data):
    before = User.objects.count()
    response = client.post("/accounts/login/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    assert User.objects.count() == before
    client.logout()


@FUZZ
@given(
    data=form_data(
        {"display_name": "Siân Evans", "organisation": "", "job_title": "", "team": "", "preferred_language": "cy"},
        {
            "display_name": text,
            "organisation": text,
            "job_title": text,
            "team": text,
            "preferred_language": choice("en", "cy"),
        },
    )
)
def test_editing_the_profile_never_fails_and_a_refusal_changes_nothing(client, member, data):
    client.force_login(member)
    before = rows(User.objects.all())
    response = client.post("/accounts/profile/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    if response.status_code == 200 or not ProfileForm(data, instance=User.objects.get(pk=member.pk)).is_valid():
        assert rows(User.objects.all()) == before


@FUZZ
@given(
    data=form_data(
        {"notify-reminders": "both", "notify-digest": "weekly", "notify-session_changes": "on"},
        {
            "notify-reminders": choice("day", "hour", "none"),
            "notify-digest": choice("monthly", "never"),
            "notify-session_changes": text,
        },
    )
)
def test_email_settings_never_fail_and_a_refusal_changes_nothing(client, member, data):
    from notifications.services import settings_for

    client.force_login(member)
    settings_for(member)
    before = rows(NotificationSettings.objects.all())
    form = NotificationSettingsForm(data, instance=NotificationSettings.objects.get(user=member), prefix="notify")
    valid = form.is_valid()
    event(f"form valid: {valid}")
    response = client.post("/notifications/settings/", data)
    # Saved and sent back to the page, or shown again with the errors beside the fields.
    assert response.status_code == (302 if valid else 200)
    if not valid:
        assert rows(NotificationSettings.objects.all()) == before


@FUZZ
@given(token=text, method=st.sampled_from(["get", "post"]), choice_value=text)
def test_unsubscribe_links_with_any_token_never_fail(client, db, token, method, choice_value):
    path = f"/notifications/unsubscribe/{quote(token, safe='') or 'x'}/"
    response = getattr(client, method)(path, {"choice": choice_value})
    assert response.status_code in (404, 405, 410) or response.status_code < 400


@FUZZ
@given(
    path=st.sampled_from(
        [
            "/",
            "/accessibility/",
            "/communities/mine/",
            "/sessions/my-calendar/",
            "/co-coaching/",
            "/clip/mine/",
            "/notifications/digest/",
            "/accounts/profile/",
            "/accounts/password/reset/",
        ]
    ),
    params=st.dictionaries(st.sampled_from(["page", "next", "q", "lang", "format"]), text, max_size=3),
    signed_in=st.booleans(),
)
def test_pages_ignore_any_query_string(client, member, path, params, signed_in):
    if signed_in:
        client.force_login(member)
    assert client.get(path, params).status_code < 500


@FUZZ
@given(token=text)
def test_private_feed_addresses_with_any_token_never_fail(client, db, token):
    assert client.get(f"/calendar/{quote(token, safe='') or 'x'}.ics").status_code in (404, 301, 302)
