import re

import pytest
from django.urls import reverse
from django.utils import translation

PUBLIC_PAGES = [
    "home",
    "accessibility",
    "account_login",
    "account_signup",
    "account_reset_password",
    "communities:index",
    "sessions:index",
    "coaching:index",
    "clip:index",
]
SIGNED_IN_PAGES = [*PUBLIC_PAGES[:2], "profile", "account_logout", "account_change_password", *PUBLIC_PAGES[5:]]


def url_in(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


def html_lang(content: bytes) -> str:
    return re.search(rb'<html lang="([a-z]+)"', content).group(1).decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_every_public_page_renders_with_its_language(client, name, language):
    url = url_in(name, language)
    assert url.startswith("/cy/") == (language == "cy")
    response = client.get(url)
    assert response.status_code == 200
    assert html_lang(response.content) == language


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_every_signed_in_page_renders_with_its_language(client, member, name, language):
    client.force_login(member)
    response = client.get(url_in(name, language))
    assert response.status_code == 200
    assert html_lang(response.content) == language


@pytest.mark.django_db
def test_language_switch_keeps_you_on_the_same_page(client):
    english = client.get("/accounts/login/?next=/clip/").content.decode()
    assert 'href="/cy/accounts/login/?next=/clip/" rel="alternate" lang="cy" hreflang="cy">Cymraeg</a>' in english
    welsh = client.get("/cy/accounts/login/").content.decode()
    assert 'href="/accounts/login/" rel="alternate" lang="en" hreflang="en">English</a>' in welsh


@pytest.mark.django_db
def test_welsh_pages_show_welsh_navigation_and_headings(client):
    page = client.get("/cy/").content.decode()
    for welsh in ["Neidio i’r prif gynnwys", "Cymunedau", "Sesiynau", "Cyd-hyfforddi", "Datganiad hygyrchedd"]:
        assert welsh in page
    for english in ["Skip to main content", ">Communities<", ">Sessions<", "Accessibility statement"]:
        assert english not in page


@pytest.mark.django_db
def test_unknown_pages_get_a_404_in_the_right_language(client):
    response = client.get("/cy/dim-yma/")
    assert response.status_code == 404
    assert "Heb ddod o hyd i’r dudalen" in response.content.decode()


@pytest.mark.django_db
def test_admin_is_for_superusers_only(client, member, superuser):
    assert client.get("/admin/").status_code == 302
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response.url
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/accounts/user/?q=Gwen").status_code == 200


@pytest.mark.django_db
def test_pages_are_protected_against_framing_and_sniffing(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
