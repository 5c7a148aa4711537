import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command

from accounts.models import User
from accounts.selectors import user_is_coordinator


@pytest.mark.django_db
def test_seed_demo_is_idempotent_and_gives_one_person_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    assert User.objects.count() == 5
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
