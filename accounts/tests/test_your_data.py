import pytest
from django.urls import reverse

from accounts.models import User


@pytest.mark.parametrize("name", ["personal_data_download", "account_delete"])
@pytest.mark.django_db
def test_your_data_pages_send_anonymous_people_to_sign_in(client, name):
    for response in (client.get(reverse(name)), client.post(reverse(name), {"email": "sian@example.org"})):
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))


def test_profile_offers_the_download_and_the_deletion(client, member):
    client.force_login(member)
    assert f'href="{reverse("personal_data")}"' in client.get(reverse("profile")).content.decode()
    page = client.get(reverse("personal_data")).content.decode()
    assert "Your data" in page
    assert f'href="{reverse("personal_data_download")}"' in page
    assert f'href="{reverse("account_delete")}"' in page


def test_delete_page_get_explains_and_deletes_nothing(client, member):
    client.force_login(member)
    response = client.get(reverse("account_delete"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "What happens when you delete your account" in page
    assert "stay on the CLIP’s public record, without your name" in page
    assert "the pair ends: they get a short, kind email" in page
    assert "onclick" not in page and "confirm(" not in page  # a page, not a JavaScript dialog
    assert "This cannot be undone." in page
    assert User.objects.filter(pk=member.pk).exists()
    assert client.get(reverse("profile")).status_code == 200  # still signed in


def test_delete_with_another_email_address_deletes_nothing(client, member, outsider):
    client.force_login(member)
    response = client.post(reverse("account_delete"), {"email": outsider.email})
    assert response.status_code == 200
    assert "Type the email address you sign in with" in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_delete_without_the_csrf_token_deletes_nothing(member):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(reverse("account_delete"), {"email": member.email})
    assert response.status_code == 403
    assert User.objects.filter(pk=member.pk).exists()


def test_download_is_only_for_get(client, member):
    client.force_login(member)
    assert client.post(reverse("personal_data_download")).status_code == 405
