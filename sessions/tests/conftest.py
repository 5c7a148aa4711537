from datetime import datetime, time

import pytest

from communities import services as community_services
from communities.tests.factories import make_community
from conftest import make_person
from sessions import services
from sessions.models import LONDON, SessionSeries
from sessions.recurrence import Recurrence


@pytest.fixture
def host(db):
    return make_person("dafydd@example.org", name="Dafydd Owen")


@pytest.fixture
def community(host):
    return make_community(name="Shambolic Warriors", slug="shambolic", hosts=[host], acting_user=host)


@pytest.fixture
def member_of_community(member, community):
    community_services.community_join(community=community, user=member)
    return member


def make_series(community, *, first_start, end_time=None, recurrence=None, host=None, **fields):
    end_time = end_time or time(first_start.hour + 1, first_start.minute)
    defaults = {"title": "Lunchtime circle", "format": "online", "join_url": "https://teams.example/secret-room"}
    defaults.update(fields)
    series = SessionSeries(
        community=community,
        first_start=first_start,
        duration=datetime.combine(first_start.date(), end_time)
        - datetime.combine(first_start.date(), first_start.time()),
        **defaults,
    )
    return services.series_create(series=series, recurrence=recurrence or Recurrence(), acting_user=host)


def london(*args):
    return datetime(*args, tzinfo=LONDON)
