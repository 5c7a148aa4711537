import pytest

from communities import services as community_services
from tests.factories import make_community, make_person


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
