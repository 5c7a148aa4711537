import json
import shutil
import subprocess
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
import time_machine
from icalendar import Calendar

from conftest import skip_or_fail
from sessions import services
from sessions.models import LONDON, Occurrence
from sessions.recurrence import Recurrence
from tests.factories import london, make_series

JS_DIR = Path(__file__).resolve().parents[2] / "tests" / "js"


def expand_with_icalendar(body: bytes, start, end) -> list[dict]:
    calendar = Calendar.from_ical(body)
    events = recurring_ical_events.of(calendar).between(start, end)
    return sorted(
        (
            {
                "summary": str(e["SUMMARY"]),
                "status": str(e.get("STATUS")),
                "start_london": e["DTSTART"].dt.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M:%S"),
                "start_utc": int(e["DTSTART"].dt.timestamp()),
            }
            for e in events
        ),
        key=lambda e: e["start_utc"],
    )


def expand_with_ical_js(body: bytes, tmp_path, until="2027-01-01T00:00:00") -> list[dict]:
    if not shutil.which("node") or not (JS_DIR / "node_modules" / "ical.js").exists():
        skip_or_fail("node and tests/js/node_modules/ical.js are needed (cd tests/js && npm ci)")
    feed = tmp_path / "feed.ics"
    feed.write_bytes(body)
    result = subprocess.run(
        ["node", str(JS_DIR / "expand.mjs"), str(feed), until], capture_output=True, text=True, check=True, cwd=JS_DIR
    )
    return sorted(json.loads(result.stdout), key=lambda e: e["start_utc"])


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2025, 1, 2, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


def test_last_friday_feed_reads_the_same_in_both_parsers_across_clock_changes(client, community, host, clock, tmp_path):
    make_series(
        community,
        first_start=london(2025, 1, 31, 12, 0),
        host=host,
        recurrence=Recurrence(kind="monthly_nth", nth=-1, end="on_date", until=datetime(2025, 12, 31).date()),
    )
    body = client.get(f"/communities/{community.slug}/calendar.ics").content
    ours = expand_with_icalendar(body, datetime(2025, 1, 1), datetime(2026, 1, 1))
    theirs = expand_with_ical_js(body, tmp_path)
    assert len(ours) == len(theirs) == 12
    assert [e["start_utc"] for e in ours] == [e["start_utc"] for e in theirs]
    assert {e["start_london"][11:16] for e in ours} == {"12:00"}
    assert {e["start_london"][11:16] for e in theirs} == {"12:00"}
    # 28 March is before the clocks go forward on 30 March, 25 April after; 31 October after they go back.
    dates = [e["start_london"][:10] for e in ours]
    assert {"2025-03-28", "2025-04-25", "2025-10-31"} <= set(dates)


def test_weekday_mornings_in_both_parsers(client, community, host, clock, tmp_path):
    make_series(
        community,
        first_start=london(2025, 3, 24, 8, 0),
        end_time=time(8, 30),
        host=host,
        recurrence=Recurrence(kind="weekdays", end="after_count", count=10),
    )
    body = client.get(f"/communities/{community.slug}/calendar.ics").content
    ours = expand_with_icalendar(body, datetime(2025, 1, 1), datetime(2026, 1, 1))
    theirs = expand_with_ical_js(body, tmp_path)
    assert [e["start_london"][11:16] for e in ours] == ["08:00"] * 10
    assert [e["start_london"][11:16] for e in theirs] == ["08:00"] * 10
    assert [e["start_utc"] for e in ours] == [e["start_utc"] for e in theirs]


def test_monthly_wednesday_with_a_cancelled_and_a_moved_session(client, community, host, clock, tmp_path):
    series = make_series(
        community,
        first_start=london(2025, 1, 8, 16, 0),
        host=host,
        recurrence=Recurrence(kind="monthly_nth", nth=2, end="after_count", count=6),
    )
    march, april = series.occurrences.order_by("start")[2:4]
    services.occurrence_cancel(occurrence=march, reason="Room unavailable", acting_user=host)
    services.occurrence_move(
        occurrence=april,
        start=london(2025, 4, 10, 14, 0),
        end=london(2025, 4, 10, 15, 0),
        location="",
        acting_user=host,
    )
    body = client.get(f"/communities/{community.slug}/calendar.ics").content
    ours = expand_with_icalendar(body, datetime(2025, 1, 1), datetime(2026, 1, 1))
    theirs = expand_with_ical_js(body, tmp_path)
    assert [(e["start_london"][:16], e["status"]) for e in ours] == [
        ("2025-01-08T16:00", "CONFIRMED"),
        ("2025-02-12T16:00", "CONFIRMED"),
        ("2025-03-12T16:00", "CANCELLED"),
        ("2025-04-10T14:00", "CONFIRMED"),
        ("2025-05-14T16:00", "CONFIRMED"),
        ("2025-06-11T16:00", "CONFIRMED"),
    ]
    assert [e["start_utc"] for e in ours] == [e["start_utc"] for e in theirs]
    assert [e["status"] for e in theirs] == [e["status"] for e in ours]
    assert ours[2]["summary"] == "Cancelled: Lunchtime circle"


def test_feed_content_follows_the_ical_rules(client, community, host, clock):
    make_series(community, first_start=london(2025, 1, 8, 16, 0), host=host)
    response = client.get(f"/communities/{community.slug}/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    assert b"\r\n" in body and b"\n" not in body.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    for needle in [
        b"PRODID:",
        b"VERSION:2.0",
        b"NAME:Cylch: Shambolic Warriors",
        b"X-WR-CALNAME:Cylch: Shambolic Warriors",
        b"REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        b"X-PUBLISHED-TTL:PT1H",
        b"BEGIN:VTIMEZONE",
        b"TZID:Europe/London",
        b"BEGIN:DAYLIGHT",
        b"BEGIN:STANDARD",
        b"DTSTART;TZID=Europe/London:20250108T160000",
    ]:
        assert needle in body
    event = Calendar.from_ical(body).walk("VEVENT")[0]
    occurrence = Occurrence.objects.get()
    assert str(event["UID"]) == f"occurrence-{occurrence.pk}@127.0.0.1"
    assert event["DTSTAMP"].dt == occurrence.updated_at.replace(microsecond=0)
    assert event["LAST-MODIFIED"].dt == occurrence.updated_at.replace(microsecond=0)


def test_public_feeds_never_carry_the_join_link_but_the_private_feed_does(
    client, community, host, member_of_community, clock
):
    make_series(community, first_start=london(2025, 1, 8, 16, 0), host=host)
    assert b"secret-room" not in client.get(f"/communities/{community.slug}/calendar.ics").content
    assert b"secret-room" not in client.get("/sessions/calendar.ics").content
    token = services.feed_token_rotate(user=member_of_community).token
    private = client.get(f"/calendar/{token}.ics").content
    assert b"URL:https://teams.example/secret-room" in private
    assert b"CONFERENCE;FEATURE=VIDEO;VALUE=URI:https://teams.example/secret-room" in private
    assert b"Join online: https://teams.example/secret-room" in private or b"secret-room" in private


def test_sequence_rises_with_each_change_and_unchanged_data_gives_identical_bytes(client, community, host, clock):
    make_series(community, first_start=london(2025, 1, 8, 16, 0), host=host)
    url = f"/communities/{community.slug}/calendar.ics"
    first, second = client.get(url), client.get(url)
    assert first.content == second.content and first["ETag"] == second["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    occurrence = Occurrence.objects.get()
    clock.shift(timedelta(minutes=5))
    services.occurrence_move(
        occurrence=occurrence,
        start=london(2025, 1, 8, 17, 0),
        end=london(2025, 1, 8, 18, 0),
        location="",
        acting_user=host,
    )
    clock.shift(timedelta(minutes=5))
    services.occurrence_cancel(occurrence=occurrence, reason="", acting_user=host)
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    event = Calendar.from_ical(changed.content).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == 2 and str(event["STATUS"]) == "CANCELLED"


def test_cancelled_sessions_drop_out_once_past(client, community, host, clock):
    series = make_series(
        community,
        first_start=london(2025, 1, 8, 16, 0),
        host=host,
        recurrence=Recurrence(kind="weekly", end="after_count", count=3),
    )
    first = series.occurrences.order_by("start").first()
    services.occurrence_cancel(occurrence=first, reason="", acting_user=host)
    url = f"/communities/{community.slug}/calendar.ics"
    assert client.get(url).content.count(b"BEGIN:VEVENT") == 3
    clock.move_to(datetime(2025, 1, 10, tzinfo=LONDON))
    assert client.get(url).content.count(b"BEGIN:VEVENT") == 2


@pytest.mark.parametrize("how", ["wrong", "revoked", "rotated"])
def test_bad_private_tokens_all_get_the_same_404(client, member, how):
    token = services.feed_token_rotate(user=member).token
    if how == "wrong":
        token = token[:-2] + "xx"
    elif how == "revoked":
        services.feed_token_revoke(user=member)
    else:
        services.feed_token_rotate(user=member)
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 404


def test_private_feed_is_named_in_the_owners_language(client, member):
    token = services.feed_token_rotate(user=member).token
    assert b"X-WR-CALNAME:Cylch: fy sesiynau" in client.get(f"/calendar/{token}.ics").content


def test_tokens_are_stored_only_as_hashes(member):
    row = services.feed_token_rotate(user=member)
    assert row.token not in (row.token_hash, row.salt)
    assert len(row.token) >= 43  # 256 bits in base64


def test_private_feed_costs_the_same_queries_for_5_and_500_sessions(
    client, community, host, member_of_community, django_assert_max_num_queries, clock
):
    token = services.feed_token_rotate(user=member_of_community).token
    make_series(
        community,
        first_start=london(2025, 1, 6, 8, 0),
        host=host,
        recurrence=Recurrence(kind="weekdays", end="after_count", count=5),
    )
    # The token, the occurrences, the person's memberships and answers (for joining links and waiting places),
    # and, because what the feed shows changed, its FeedState read and write (an unchanged feed skips both:
    # test_feed_http.py checks that polling costs the four).
    with django_assert_max_num_queries(6):
        small = client.get(f"/calendar/{token}.ics")
    for hour in (9, 10, 11):  # within the year ahead that occurrences are generated for
        make_series(
            community,
            first_start=london(2025, 1, 6, hour, 0),
            host=host,
            title=f"At {hour}",
            recurrence=Recurrence(kind="weekdays", end="after_count", count=165),
        )
    with django_assert_max_num_queries(6):
        large = client.get(f"/calendar/{token}.ics")
    assert small.content.count(b"BEGIN:VEVENT") == 5
    assert large.content.count(b"BEGIN:VEVENT") == 500


def test_the_london_vtimezone_matches_the_tz_database_every_year():

    from portal.ical import london_vtimezone

    timezone_component = london_vtimezone()
    for year in range(2020, 2038):
        for month, day, hour in [(1, 15, 12), (3, 31, 12), (4, 15, 12), (7, 1, 12), (10, 20, 12), (11, 5, 12)]:
            moment = datetime(year, month, day, hour, tzinfo=UTC)
            expected = moment.astimezone(LONDON).utcoffset()
            local = moment.astimezone(LONDON).replace(tzinfo=None)
            transitions = timezone_component.to_tz()  # icalendar builds a tzinfo from the component's rules
            assert local.replace(tzinfo=transitions).utcoffset() == expected, (year, month, day)
