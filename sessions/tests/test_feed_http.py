"""What feeds and one-off files say over HTTP: HEAD, gzip, caching, METHOD and Last-Modified (issue 16)."""

import gzip
from datetime import datetime, timedelta
from urllib.parse import quote

import pytest
import time_machine
from django.utils.http import http_date
from icalendar import Calendar

from sessions import services
from sessions.models import LONDON, FeedState, Occurrence
from sessions.recurrence import Recurrence
from tests.factories import london, make_series

FEED_PROPERTIES = [b"NAME:", b"X-WR-CALNAME:", b"REFRESH-INTERVAL", b"X-PUBLISHED-TTL"]


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2025, 1, 2, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.fixture
def weekly(community, host, clock):
    return make_series(
        community,
        first_start=london(2025, 1, 8, 16, 0),
        host=host,
        recurrence=Recurrence(kind="weekly", end="after_count", count=3),
    )


@pytest.fixture
def feed_urls(community, member_of_community):
    token = services.feed_token_rotate(user=member_of_community).token
    return {
        "public": "/sessions/calendar.ics",
        "community": f"/communities/{community.slug}/calendar.ics",
        "person": f"/calendar/{token}.ics",
    }


def _lines(body: bytes) -> list[bytes]:
    return body.split(b"\r\n")


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_it_answers_head_on_every_feed_with_the_headers_of_get_and_no_body(client, weekly, feed_urls, feed):
    url = feed_urls[feed]
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == 200
    assert head.content == b""
    for header in ["Content-Type", "ETag", "Last-Modified", "Cache-Control", "Content-Disposition"]:
        assert head[header] == got[header]


def test_it_answers_head_on_the_one_session_file(client, weekly):
    occurrence = weekly.occurrences.order_by("start").first()
    head = client.head(f"/sessions/{occurrence.pk}.ics")
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == "text/calendar; charset=utf-8" and head["ETag"]


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_it_gzips_feeds_only_for_clients_that_accept_it(client, weekly, feed_urls, feed):
    url = feed_urls[feed]
    plain = client.get(url)
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content)
    assert compressed["ETag"] == "W/" + plain["ETag"]  # the same bytes underneath, weakly


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_it_answers_304_to_a_gzip_client_that_sends_back_its_weak_etag(client, weekly, feed_urls, feed):
    url = feed_urls[feed]
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == compressed["ETag"]
    assert "Accept-Encoding" in again["Vary"]


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_feeds_say_method_publish_and_carry_the_feed_properties(client, weekly, feed_urls, feed):
    lines = _lines(client.get(feed_urls[feed]).content)
    assert b"METHOD:PUBLISH" in lines
    for prefix in FEED_PROPERTIES:
        assert any(line.startswith(prefix) for line in lines), prefix
    calendar = Calendar.from_ical(b"\r\n".join(lines))
    assert str(calendar["METHOD"]) == "PUBLISH"


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_one_session_file_has_no_method_and_no_feed_properties(client, weekly, member_of_community, signed_in):
    if signed_in:
        client.force_login(member_of_community)
    occurrence = weekly.occurrences.order_by("start").first()
    body = client.get(f"/sessions/{occurrence.pk}.ics").content
    lines = _lines(body)
    assert not any(line.startswith(b"METHOD") for line in lines)
    for prefix in FEED_PROPERTIES:
        assert not any(line.startswith(prefix) for line in lines), prefix
    assert body.count(b"BEGIN:VEVENT") == 1 and b"BEGIN:VTIMEZONE" in body


def test_the_reminder_attachment_builder_makes_a_one_off_file(weekly):
    from sessions.feeds import occurrence_ics_bytes

    body = occurrence_ics_bytes(weekly.occurrences.order_by("start").first(), join_url="")
    lines = _lines(body)
    assert not any(line.startswith(b"METHOD") for line in lines)
    for prefix in FEED_PROPERTIES:
        assert not any(line.startswith(prefix) for line in lines), prefix


def test_the_calendar_preamble_keeps_a_given_method_for_one_off_files():
    from portal.ical import calendar_new

    lines = _lines(calendar_new(name="Ignored", method="REQUEST").to_ical())
    assert b"METHOD:REQUEST" in lines
    assert not any(line.startswith(b"NAME") or line.startswith(b"X-WR-CALNAME") for line in lines)
    with pytest.raises(ValueError):
        calendar_new(name="A feed", feed=True, method="REQUEST")


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("feed", ["public", "community"])
def test_public_feeds_may_be_kept_by_shared_caches(client, weekly, feed_urls, member, feed, signed_in):
    if signed_in:  # the same bytes for everyone: the signed-in pages' no-store does not apply
        client.force_login(member)
    cache_control = client.get(feed_urls[feed])["Cache-Control"]
    assert "public" in cache_control and "max-age=3600" in cache_control
    assert "private" not in cache_control and "no-store" not in cache_control


def test_the_private_feed_is_never_kept_by_a_shared_cache(client, weekly, feed_urls):
    cache_control = client.get(feed_urls["person"])["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control and "public" not in cache_control


def test_the_one_session_file_is_private_for_a_member(client, weekly, member_of_community):
    client.force_login(member_of_community)
    occurrence = weekly.occurrences.order_by("start").first()
    cache_control = client.get(f"/sessions/{occurrence.pk}.ics")["Cache-Control"]
    assert "private" in cache_control and "public" not in cache_control


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_an_unchanged_feed_still_answers_304_by_etag_and_by_date(client, weekly, feed_urls, feed, clock):
    url = feed_urls[feed]
    first = client.get(url)
    clock.shift(timedelta(hours=1))
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url)["Last-Modified"] == first["Last-Modified"]


@pytest.mark.parametrize("feed", ["public", "community", "person"])
def test_last_modified_moves_on_when_a_cancelled_session_leaves_the_feed(client, weekly, feed_urls, feed, clock, host):
    url = feed_urls[feed]
    first_session = weekly.occurrences.order_by("start").first()
    services.occurrence_cancel(occurrence=first_session, reason="", acting_user=host)
    clock.shift(timedelta(minutes=5))
    before = client.get(url)
    assert before.content.count(b"BEGIN:VEVENT") == 3
    # A week later the cancelled session's date has passed and it leaves the feed; nothing else was edited.
    clock.move_to(datetime(2025, 1, 10, 9, 0, tzinfo=LONDON))
    after = client.get(url)
    assert after.content.count(b"BEGIN:VEVENT") == 2
    assert after["Last-Modified"] == http_date(datetime(2025, 1, 10, 9, 0, tzinfo=LONDON).timestamp())
    assert after["Last-Modified"] != before["Last-Modified"]
    stale = client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert stale.status_code == 200 and stale.content == after.content
    assert client.get(url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200
    # And from then on the new copy is answered with a 304 again.
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=after["Last-Modified"]).status_code == 304


def test_last_modified_moves_on_when_a_session_is_deleted(client, weekly, feed_urls, clock):
    url = feed_urls["community"]
    before = client.get(url)
    clock.shift(timedelta(hours=2))
    Occurrence.objects.filter(pk=weekly.occurrences.order_by("start").last().pk).delete()
    stale = client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert stale.status_code == 200
    assert stale.content.count(b"BEGIN:VEVENT") == 2


def test_two_changes_within_a_second_give_two_last_modified_dates(client, weekly, feed_urls):
    url = feed_urls["community"]
    before = client.get(url)
    Occurrence.objects.filter(pk=weekly.occurrences.order_by("start").last().pk).delete()
    after = client.get(url)  # the clock is frozen: the same second
    assert after["Last-Modified"] != before["Last-Modified"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200


def test_each_feed_keeps_one_state_row(client, weekly, feed_urls, clock):
    for _ in range(2):
        for url in feed_urls.values():
            client.get(url)
        clock.shift(timedelta(days=8))  # sessions leave the feeds: their bytes change
    client.get("/cy" + feed_urls["public"])
    keys = sorted(FeedState.objects.values_list("key", flat=True))
    assert len(keys) == 4  # public in English and in Welsh, the community's, the person's
    assert not any(feed_urls["person"].removeprefix("/calendar/").removesuffix(".ics") in key for key in keys)


def test_polling_an_unchanged_private_feed_costs_one_query(client, weekly, feed_urls, django_assert_num_queries):
    first = client.get(feed_urls["person"])
    # Only the token (it may have been revoked): the answer and the bytes come from the cache (feed_versions).
    with django_assert_num_queries(1):
        assert client.get(feed_urls["person"]).content == first.content
    with django_assert_num_queries(1):
        assert client.get(feed_urls["person"], HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_polling_an_unchanged_public_feed_costs_no_query(client, weekly, feed_urls, django_assert_num_queries):
    first = client.get(feed_urls["public"])
    with django_assert_num_queries(0):
        assert client.get(feed_urls["public"]).content == first.content
    with django_assert_num_queries(0):
        assert client.get(feed_urls["public"], HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_the_sessions_page_offers_the_all_sessions_feed_to_copy_webcal_and_google(client, weekly, settings):
    https_url = settings.SITE_URL + "/sessions/calendar.ics"
    webcal_url = "webcal://" + https_url.split("://", 1)[1]
    page = client.get("/sessions/").content.decode()
    assert f'id="public-feed-url" type="text" value="{https_url}"' in page
    assert 'data-copy-target="public-feed-url"' in page
    assert f'href="{webcal_url}"' in page
    assert f'href="https://calendar.google.com/calendar/render?cid={quote(webcal_url, safe="")}"' in page
    assert "cid=webcal%3A%2F%2F" in page


def test_the_welsh_sessions_page_offers_the_welsh_feed(client, weekly, settings):
    page = client.get("/cy/sessions/").content.decode()
    assert f'href="webcal://{settings.SITE_URL.split("://", 1)[1]}/cy/sessions/calendar.ics"' in page


@time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False)
def test_the_co_coaching_slot_file_is_one_off_and_answers_head(client, coordinator):
    from datetime import time

    from coaching import services as coaching_services
    from coaching.models import Pair
    from tests.factories import coaching_opt_in, coaching_round_run, make_person

    sian = make_person("sian@example.org", name="Siân Evans", language="cy")
    tom = make_person("tom@example.org", name="Tom Hughes")
    coaching_opt_in(sian)
    coaching_opt_in(tom, grade=5)
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    coaching_services.pair_accept(pair=pair, user=sian)
    coaching_services.pair_accept(pair=pair, user=tom)
    Pair.objects.filter(pk=pair.pk).update(slot_day="TU", slot_time=time(9, 30), slot_every="fortnightly")
    client.force_login(tom)
    url = f"/co-coaching/pairs/{pair.pk}/slot.ics"
    got = client.get(url)
    lines = _lines(got.content)
    assert b"BEGIN:VEVENT" in lines
    assert not any(line.startswith(b"METHOD") for line in lines)
    for prefix in FEED_PROPERTIES:
        assert not any(line.startswith(prefix) for line in lines), prefix
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == got["Content-Type"] and head["ETag"] == got["ETag"]
