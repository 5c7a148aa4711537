import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command

from accounts.models import User
from accounts.selectors import user_is_coordinator
from communities.models import Community, Membership, MembershipEvent


@pytest.mark.django_db
def test_seed_demo_is_idempotent_and_gives_one_person_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (
        User.objects.count(),
        Community.objects.count(),
        Membership.objects.count(),
        MembershipEvent.objects.count(),
    )
    call_command("seed_demo")
    assert (
        User.objects.count(),
        Community.objects.count(),
        Membership.objects.count(),
        MembershipEvent.objects.count(),
    ) == counts
    assert Community.objects.count() == 14
    # The five people who can sign in; the other members fill out the communities.
    assert EmailAddress.objects.filter(verified=True).count() == 5
    assert User.objects.filter(is_superuser=True).count() == 1
    assert user_is_coordinator(user=User.objects.get(email="coordinator@cylch.example"))
    assert "cylch-demo-2026" in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_people_can_sign_in_with_the_printed_password(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    response = client.post("/accounts/login/", {"login": "staff@cylch.example", "password": "cylch-demo-2026"})
    assert response.status_code == 302 and response.url == "/"


@pytest.mark.django_db
def test_seed_demo_prints_no_password_without_debug(settings, capsys, client):
    settings.DEBUG = False
    call_command("seed_demo")
    assert "cylch-demo-2026" not in capsys.readouterr().out
    response = client.post("/accounts/login/", {"login": "staff@cylch.example", "password": "cylch-demo-2026"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_demo_communities_have_hosts_members_and_a_waiting_request(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    host = User.objects.get(email="host@cylch.example")
    assert Membership.objects.filter(user=host, role="host", state="active").count() == 14
    assert Membership.objects.filter(state="pending", community__slug="governance-and-scrutiny").exists()
    shambolic = Community.objects.get(slug="shambolic-warriors")
    assert shambolic.cadence == "Last Friday of the month, 12–1pm on Teams"
    assert Community.objects.get(slug="cynghrair-egino").meeting_language == "cy"


@pytest.mark.django_db
def test_demo_has_a_session_starting_soon_whose_reminder_goes_out_at_once(settings, mailoutbox):
    from notifications.services import outbox_send_due

    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    # The reminder, and the calendar invitation the member got for saying they are going.
    assert outbox_send_due()["sent"] == 2
    assert {message.to[0] for message in mailoutbox} == {"member@cylch.example"}
    calendars = [mimetype for message in mailoutbox for _content, mimetype in message.alternatives]
    assert calendars.count("text/calendar; method=REQUEST; charset=UTF-8") == 1
    assert not any(message.attachments for message in mailoutbox)
