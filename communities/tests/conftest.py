import pytest

from tests.factories import make_community, make_person, make_topic


@pytest.fixture
def host(db):
    return make_person("dafydd@example.org", name="Dafydd Owen", team="Climate Change")


@pytest.fixture
def community(host):
    return make_community(hosts=[host], topics=[make_topic()], acting_user=host)


@pytest.fixture
def request_community(host):
    return make_community(
        name="Governance and scrutiny",
        slug="governance",
        summary="Board members.",
        join_policy="request",
        hosts=[host],
        acting_user=host,
    )
