"""One door (issue 19, in part): the admin site has no sign-in of its own. /admin/login/ sends people to the
portal's sign-in, where allauth's limits on failed attempts hold; a password posted to the old address is never
checked, so forty guesses there get nowhere."""

import pytest
from django.contrib.auth import SESSION_KEY

from tests.factories import authenticator_code, make_person, second_factor_enrol

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def superuser_with_password(db):
    person = make_person("root@example.org", name="Root Person")
    person.is_staff = person.is_superuser = True
    person.set_password(PASSWORD)
    person.save()
    person.app_key = second_factor_enrol(person)
    return person


def test_forty_wrong_passwords_at_the_admin_address_check_nothing_and_sign_nobody_in(client, superuser_with_password):
    for n in range(40):
        response = client.post("/admin/login/?next=/admin/", {"username": "root@example.org", "password": f"guess{n}"})
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    right = client.post("/admin/login/?next=/admin/", {"username": "root@example.org", "password": PASSWORD})
    assert right.status_code == 302 and right["Location"] == "/accounts/login/?next=%2Fadmin%2F"
    assert SESSION_KEY not in client.session


def test_the_portal_sign_in_throttles_the_guesses_that_used_to_go_to_the_admin(client, superuser_with_password):
    for n in range(5):
        page = client.post("/accounts/login/?next=/admin/", {"login": "root@example.org", "password": f"guess{n}"})
        assert page.status_code == 200
    refused = client.post("/accounts/login/?next=/admin/", {"login": "root@example.org", "password": PASSWORD})
    assert SESSION_KEY not in client.session
    assert "Too many failed login attempts" in refused.content.decode()


def test_signed_out_the_admin_leads_to_the_portal_sign_in_and_back(client, superuser_with_password):
    first = client.get("/admin/")
    assert first.status_code == 302 and first["Location"].startswith("/admin/login/?next=")
    second = client.get(first["Location"])
    assert second["Location"] == "/accounts/login/?next=%2Fadmin%2F"
    password_right = client.post(second["Location"], {"login": "root@example.org", "password": PASSWORD})
    assert password_right.status_code == 302 and password_right["Location"] == "/accounts/2fa/authenticate/"
    assert SESSION_KEY not in client.session
    signed_in = client.post(
        "/accounts/2fa/authenticate/", {"code": authenticator_code(superuser_with_password.app_key)}
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/login/?next=/admin/accounts/user/")["Location"] == "/admin/accounts/user/"


def test_someone_signed_in_without_staff_rights_is_refused_not_sent_round(client, member):
    client.force_login(member)
    assert client.get("/admin/login/?next=/admin/").status_code == 403


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"])
def test_a_next_address_off_the_site_is_replaced_by_the_admin_front_page(client, next_url):
    response = client.get("/admin/login/", {"next": next_url})
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"


def test_the_welsh_admin_address_leads_to_the_welsh_sign_in(client):
    response = client.get("/cy/admin/login/?next=/cy/admin/")
    assert response["Location"] == "/cy/accounts/login/?next=%2Fcy%2Fadmin%2F"


@pytest.fixture
def clock(monkeypatch):
    from portal import middleware

    now = [1_000_000]
    monkeypatch.setattr(middleware.time, "time", lambda: now[0])
    return now


def _signed_in(client) -> bool:
    return client.get("/accounts/profile/").status_code == 200


def test_a_superuser_is_signed_out_after_twelve_idle_hours(client, superuser_with_password, clock):
    client.force_login(superuser_with_password)
    clock[0] += 11 * 60 * 60
    assert _signed_in(client)
    clock[0] += 12 * 60 * 60 + 1
    assert not _signed_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_everyone_else_stays_signed_in_for_two_idle_weeks_not_longer(client, member, clock):
    client.force_login(member)
    clock[0] += 13 * 24 * 60 * 60
    assert _signed_in(client)
    clock[0] += 14 * 24 * 60 * 60 + 1
    assert not _signed_in(client)


def test_a_superuser_in_use_all_day_stays_signed_in_and_the_session_is_written_rarely(
    client, superuser_with_password, clock
):
    client.force_login(superuser_with_password)
    writes = set()
    for _ in range(20 * 12):  # a request every five minutes for twenty hours
        clock[0] += 5 * 60
        assert _signed_in(client)
        writes.add(client.session["seen_at"])
    assert len(writes) == 1 + 20 * 12 // 2  # the sign-in, then every ten minutes: not every request


def test_remember_me_left_unticked_still_ends_with_the_browser(client, superuser_with_password):
    client.post("/accounts/login/", {"login": "root@example.org", "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": authenticator_code(superuser_with_password.app_key)})
    assert _signed_in(client)
    assert client.session.get_expire_at_browser_close()


def test_a_strangers_wrong_passwords_lock_an_account_only_until_its_owner_resets_the_password(
    client, superuser_with_password, mailoutbox
):
    """allauth's per-account limit (5 failures in 5 minutes) holds against a guesser, and a stranger can keep
    tripping it; the owner is never locked out for good: a password reset clears it, so they get in at once."""
    import re

    from django.test import Client

    stranger, owner = Client(), client
    for n in range(5):
        stranger.post("/accounts/login/", {"login": "root@example.org", "password": f"guess{n}"})
    locked = owner.post("/accounts/login/", {"login": "root@example.org", "password": PASSWORD})
    assert "Too many failed login attempts" in locked.content.decode()

    owner.post("/accounts/password/reset/", {"email": "root@example.org"})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", mailoutbox[-1].body).group(1)
    form_url = owner.get(link)["Location"]
    owner.post(form_url, {"password1": "a-new-long-passphrase-9", "password2": "a-new-long-passphrase-9"})
    password_right = owner.post(
        "/accounts/login/", {"login": "root@example.org", "password": "a-new-long-passphrase-9"}
    )
    assert password_right["Location"] == "/accounts/2fa/authenticate/"
    signed_in = owner.post(password_right["Location"], {"code": authenticator_code(superuser_with_password.app_key)})
    assert signed_in.status_code == 302 and SESSION_KEY in owner.session
