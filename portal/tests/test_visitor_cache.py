"""Visitors' pages are kept for a minute under the site's content version and never hold anything personal
(portal.visitor_cache, issue 18)."""

from datetime import datetime

import pytest
import time_machine

from communities import services as community_services
from sessions.models import LONDON
from tests.factories import london, make_community, make_person, make_series

VISITOR_PAGES = ["/communities/", "/sessions/", "/sessions/calendar/2026/12/"]


@pytest.fixture
def world(db):
    host = make_person("host@example.org", name="Hannah Host")
    community = make_community(name="Data circle", hosts=[host], acting_user=host)
    with time_machine.travel(datetime(2026, 12, 1, 9, 0, tzinfo=LONDON), tick=False):
        series = make_series(community, first_start=london(2026, 12, 9, 12, 0), host=host, title="Lunch and learn")
    return {"host": host, "community": community, "occurrence": series.occurrences.get()}


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 12, 1, 10, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.mark.parametrize("url", VISITOR_PAGES)
def test_a_visitors_page_is_served_again_without_a_query(client, world, url, django_assert_num_queries):
    first = client.get(url)
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.status_code == 200 and again.content == first.content


def test_a_change_shows_at_once(client, world):
    community = world["community"]
    before = client.get("/communities/").content.decode()
    community.name = "Renamed circle"
    community_services.community_save(community=community)
    after = client.get("/communities/").content.decode()
    assert "Data circle" in before and "Renamed circle" in after


def test_a_page_is_kept_a_minute_at_most(client, world, monkeypatch):
    from portal import visitor_cache

    kept_for = []
    real_set = visitor_cache.cache.set
    monkeypatch.setattr(
        visitor_cache.cache,
        "set",
        lambda key, value, timeout: kept_for.append(timeout) or real_set(key, value, timeout),
    )
    client.get("/sessions/")
    assert kept_for[-1] == 60  # the page (the community choices it showed are kept a day, by their version)


def test_signed_in_people_get_their_own_page_not_the_visitors(client, world, member):
    client.get(f"/communities/{world['community'].slug}/")
    client.force_login(member)
    page = client.get(f"/communities/{world['community'].slug}/").content.decode()
    assert member.display_name in page  # their own header, made for them


def test_a_visitor_with_a_session_or_messages_is_not_served_a_kept_page(client, world, django_assert_max_num_queries):
    client.get("/sessions/")
    client.cookies["messages"] = "anything"
    response = client.get("/sessions/")
    assert response.status_code == 200
    del client.cookies["messages"]
    client.cookies["sessionid"] = "not-a-real-session"
    assert client.get("/sessions/").status_code == 200


def test_the_welsh_page_is_kept_apart_from_the_english(client, world):
    english = client.get("/sessions/").content.decode()
    welsh = client.get("/cy/sessions/").content.decode()
    assert 'lang="en"' in english and 'lang="cy"' in welsh


def test_a_page_that_asked_for_a_csrf_token_is_not_kept(rf, db):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from portal.visitor_cache import cached_for_visitors

    calls = []

    @cached_for_visitors
    def form_page(request):
        calls.append(1)
        return HttpResponse(f"<input name=csrfmiddlewaretoken value={get_token(request)}>")

    for _ in range(2):
        request = rf.get("/form/")
        request.user = AnonymousUser()
        form_page(request)
    assert len(calls) == 2


def test_only_addresses_without_a_query_are_kept_so_invented_queries_cannot_fill_the_cache(client, world, monkeypatch):
    from portal import visitor_cache

    kept = []
    real_set = visitor_cache.cache.set
    monkeypatch.setattr(
        visitor_cache.cache,
        "set",
        lambda key, *args, **kwargs: (
            (kept.append(key) if key.startswith("visitor-page:") else None) or real_set(key, *args, **kwargs)
        ),
    )
    for n in range(5):
        client.get("/communities/", {"junk": n})
        client.get("/communities/", {"q": f"search {n}"})
        client.get("/communities/", {"page": f"{n}" * 9})
    assert kept == []
    client.get("/communities/", {"page": "2"})
    assert kept == []
    client.get("/communities/")
    assert len(kept) == 1
