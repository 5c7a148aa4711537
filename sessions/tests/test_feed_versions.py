"""An unchanged feed is answered from the cache (sessions.feed_versions); every change a feed shows, whichever
service makes it, gives the next poll the new bytes (issue 18)."""

from datetime import datetime

import pytest
import time_machine

from communities import services as community_services
from communities.models import Community
from sessions import services
from sessions.models import LONDON
from sessions.recurrence import Recurrence
from tests.factories import london, make_community, make_series


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2025, 1, 2, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.fixture
def weekly(community, host):
    return make_series(
        community,
        first_start=london(2025, 1, 8, 16, 0),
        host=host,
        recurrence=Recurrence(kind="weekly", end="after_count", count=3),
    )


@pytest.fixture
def other_public(host):
    elsewhere = make_community(name="Elsewhere", hosts=[host])
    return make_series(elsewhere, first_start=london(2025, 1, 9, 10, 0), host=host)


@pytest.fixture
def person_url(member_of_community):
    return f"/calendar/{services.feed_token_rotate(user=member_of_community).token}.ics"


def _body(client, url) -> bytes:
    return client.get(url).content


def test_a_new_title_reaches_every_feed(client, weekly, person_url, community, host, clock):
    urls = [person_url, "/sessions/calendar.ics", f"/communities/{community.slug}/calendar.ics"]
    before = [_body(client, url) for url in urls]
    clock.shift(5)
    weekly.title = "Renamed meet-up"
    services.series_update(series=weekly, changed_fields=["title"], acting_user=host)
    for url, old in zip(urls, before, strict=True):
        new = _body(client, url)
        assert new != old and b"Renamed meet-up" in new


def test_a_cancelled_session_reaches_the_feed(client, weekly, person_url, host, clock):
    before = _body(client, person_url)
    clock.shift(5)
    services.occurrence_cancel(occurrence=weekly.occurrences.first(), reason="Snow", acting_user=host)
    after = _body(client, person_url)
    assert after != before and b"Snow" in after


def test_a_moved_session_reaches_the_feed(client, weekly, host, clock):
    url = "/sessions/calendar.ics"
    before = _body(client, url)
    clock.shift(5)
    occurrence = weekly.occurrences.order_by("start").first()
    services.occurrence_move(
        occurrence=occurrence,
        start=london(2025, 1, 8, 18, 0),
        end=london(2025, 1, 8, 19, 0),
        location="",
        acting_user=host,
    )
    after = _body(client, url)
    assert after != before and b"T180000" in after


def test_new_sessions_from_the_horizon_job_reach_the_feed(client, community, host, clock):
    url = f"/communities/{community.slug}/calendar.ics"  # the community's feed holds the year ahead
    make_series(community, first_start=london(2025, 1, 6, 9, 0), host=host, recurrence=Recurrence(kind="weekly"))
    clock.shift(15 * 24 * 60 * 60)
    before = _body(client, url)  # a new hour: made afresh
    assert services.occurrences_extend_all() == 1  # bulk_create, which sends no signal
    after = _body(client, url)
    assert after.count(b"BEGIN:VEVENT") == before.count(b"BEGIN:VEVENT") + 1


def test_saying_going_elsewhere_reaches_the_person_feed(client, other_public, person_url, member_of_community):
    before = _body(client, person_url)
    services.rsvp_set(occurrence=other_public.occurrences.first(), user=member_of_community, going=True)
    after = _body(client, person_url)
    assert after != before and b"Elsewhere" in after or after.count(b"BEGIN:VEVENT") > before.count(b"BEGIN:VEVENT")


def test_leaving_the_community_empties_the_person_feed(client, weekly, community, person_url, member_of_community):
    before = _body(client, person_url)
    community_services.community_leave(community=community, user=member_of_community)
    after = _body(client, person_url)
    assert before.count(b"BEGIN:VEVENT") == 3 and after.count(b"BEGIN:VEVENT") == 0


def test_a_renamed_community_renames_its_feed(client, weekly, community):
    url = f"/communities/{community.slug}/calendar.ics"
    before = _body(client, url)
    community.name = "Freshly named"
    community_services.community_save(community=community)
    after = _body(client, url)
    assert after != before and b"Freshly named" in after
    assert Community.objects.get(pk=community.pk).name == "Freshly named"


def test_the_next_hour_looks_again_without_any_change(client, weekly, clock, django_assert_num_queries):
    url = "/sessions/calendar.ics"
    _body(client, url)
    with django_assert_num_queries(0):
        _body(client, url)
    clock.shift(60 * 60)
    with django_assert_num_queries(1):
        _body(client, url)


def test_the_person_feed_answers_304_from_the_cache(client, weekly, person_url, django_assert_num_queries):
    first = client.get(person_url)
    with django_assert_num_queries(1):
        again = client.get(person_url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again["ETag"] == first["ETag"]
    assert again["Last-Modified"] == first["Last-Modified"]


def test_a_revoked_token_is_refused_even_with_a_remembered_answer(client, weekly, person_url, member_of_community):
    assert client.get(person_url).status_code == 200
    services.feed_token_revoke(user=member_of_community)
    assert client.get(person_url).status_code == 404


def test_the_all_sessions_feed_holds_eight_weeks_and_a_community_feed_its_year(client, community, host):
    make_series(community, first_start=london(2025, 1, 6, 9, 0), host=host, recurrence=Recurrence(kind="weekly"))
    everything = _body(client, "/sessions/calendar.ics").count(b"BEGIN:VEVENT")
    own = _body(client, f"/communities/{community.slug}/calendar.ics").count(b"BEGIN:VEVENT")
    # Mondays from 6 January to 24 February 2025 (eight weeks from 2 January), and the year's 53 (to 5 January
    # 2026, a year from the first).
    assert (everything, own) == (8, 53)


def test_kept_events_give_the_bytes_of_the_whole_calendar_serialised_at_once(weekly):
    from django.core.cache import cache

    from portal.ical import calendar_new
    from sessions.feeds import calendar_bytes, occurrence_event

    occurrences = list(weekly.occurrences.select_related("series", "series__community"))
    cache.clear()
    built = calendar_bytes(name="Feed", occurrences=occurrences)
    joined = calendar_bytes(name="Feed", occurrences=occurrences)  # every event from the cache this time
    whole = calendar_new(name="Feed", feed=True)
    for occurrence in occurrences:
        whole.add_component(occurrence_event(occurrence))
    assert built == joined == whole.to_ical()


def test_a_kept_event_with_a_joining_link_is_never_given_to_a_reader_without_one(client, weekly, community):
    from sessions.feeds import calendar_bytes

    occurrences = list(weekly.occurrences.select_related("series", "series__community"))
    with_link = calendar_bytes(
        name="Feed", occurrences=occurrences, join_links={o.pk: weekly.join_url for o in occurrences}
    )
    without = calendar_bytes(name="Feed", occurrences=occurrences)
    assert weekly.join_url.encode() in with_link and weekly.join_url.encode() not in without
    assert b"secret-room" not in _body(client, f"/communities/{community.slug}/calendar.ics")


def test_a_removed_member_loses_the_links_even_if_no_version_moves(
    client, weekly, community, host, person_url, member_of_community, monkeypatch
):
    """The person's own marks come from the database with their token: a version move lost in a Redis outage
    cannot keep a joining link in the feed of someone removed from the community."""
    from communities.models import Membership
    from portal import cache as portal_cache

    assert b"secret-room" in _body(client, person_url)
    monkeypatch.setattr(portal_cache, "_store_move", lambda name: None)  # every move lost
    membership = Membership.objects.get(community=community, user=member_of_community)
    community_services.membership_remove(membership=membership, acting_user=host)
    assert b"secret-room" not in _body(client, person_url)


def test_a_move_made_while_redis_was_down_reaches_redis_when_it_answers(monkeypatch, settings):
    from django.core.cache import caches

    from portal import cache as portal_cache

    if not hasattr(caches["default"], "redis_is_down"):
        pytest.skip("the memory cache has no Redis to miss")  # noqa: only without REDIS_URL
    before = portal_cache.version_of("test-thing")
    backend = type(caches["default"])
    monkeypatch.setattr(backend, "redis_is_down", lambda self: True)
    portal_cache._store_move("test-thing")  # as if Redis had failed: recorded as not in Redis
    assert "test-thing" in portal_cache._moves_not_in_redis
    monkeypatch.setattr(backend, "redis_is_down", lambda self: False)
    assert portal_cache.version_of("test-thing") != before
    assert "test-thing" not in portal_cache._moves_not_in_redis
