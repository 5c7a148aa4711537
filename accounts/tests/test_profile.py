import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_profile_needs_sign_in(client):
    response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.django_db
def test_profile_shows_only_your_own_details(client, member, outsider):
    client.force_login(member)
    page = client.get(reverse("profile")).content.decode()
    assert member.email in page
    assert outsider.email not in page


@pytest.mark.django_db
def test_profile_with_an_empty_name_saves_nothing_and_explains_in_welsh(client, member):
    client.force_login(member)
    response = client.post(
        "/cy/accounts/profile/",
        {"display_name": "", "organisation": "Somewhere else", "preferred_language": "cy"},
    )
    assert response.status_code == 200
    # Beside the field and in the summary; Welsh from the lead's merge of var/tr-home.json.
    assert response.content.decode().count("Rhowch eich enw") == 2
    member.refresh_from_db()
    assert member.display_name == "Siân Evans"
    assert member.organisation == ""


@pytest.mark.django_db
def test_profile_with_an_unknown_language_is_refused(client, member):
    client.force_login(member)
    response = client.post(reverse("profile"), {"display_name": "Siân", "preferred_language": "fr"})
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.preferred_language == "cy"
