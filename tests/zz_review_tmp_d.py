import time
from datetime import datetime
import pytest
import time_machine
from django.core.cache import cache
from conftest import make_person
from communities.tests.factories import make_community
from sessions.models import LONDON, SessionSeries
from sessions.selectors import occurrences_for_public_feed
from portal.rich_text import rich_text_as_plain

FORM = {
    "title": "Breathing space", "title_cy": "", "description_cy": "", "format": "online",
    "join_url": "https://teams.example/breathe", "location": "", "capacity": "", "language": "en", "is_public": "on",
    "date": "2026-11-23", "start_time": "08:00", "end_time": "08:30", "repeat": "weekdays", "interval": "1",
    "nth": "-1", "end": "never", "until": "", "count": "",
}


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=True) as t:
        yield t


def test_huge_description(client, db, clock):
    host = make_person("h@example.org", name="H")
    community = make_community(name="C", slug="c", hosts=[host], acting_user=host)
    client.force_login(host)
    big = "*a_ " * 500_000  # 2,000,000 characters
    r = client.post(f"/sessions/new/{community.slug}/", {**FORM, "description": big})
    series = SessionSeries.objects.get()
    print("create status", r.status_code, "stored description length", len(series.description))
    n = occurrences_for_public_feed().count()
    t = time.time(); rich_text_as_plain(series.description); one = time.time() - t
    print(f"occurrences in public feed: {n}; one description render {one:.2f}s; estimated feed render {n*one/60:.1f} min")
    # measured, with a 20,000-character description so the run stays short
    series.description = "*a_ " * 5_000
    series.save()
    cache.clear()
    client.logout()
    t = time.time(); resp = client.get("/sessions/calendar.ics"); feed = time.time() - t
    t = time.time(); rich_text_as_plain(series.description); one_small = time.time() - t
    print(f"20k description: feed {feed:.2f}s ({len(resp.content)} bytes), one render {one_small:.3f}s x {n} = {n*one_small:.2f}s")
