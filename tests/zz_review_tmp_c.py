import threading
import pytest
from django.db import connections
from conftest import make_person
from communities.tests.factories import make_community
from communities.models import Membership
from portal import personal_data


@pytest.mark.django_db(transaction=True)
def test_two_hosts_delete_at_once():
    a = make_person("a@example.org", name="A")
    b = make_person("b@example.org", name="B")
    community = make_community(name="Two hosts", slug="two-hosts", hosts=[a, b], acting_user=a)
    barrier = threading.Barrier(2)
    out = []

    def go(user):
        try:
            barrier.wait()
            personal_data.account_delete(user=user)
            out.append("deleted")
        except Exception as e:
            out.append(type(e).__name__)
        finally:
            connections.close_all()

    ts = [threading.Thread(target=go, args=(u,)) for u in (a, b)]
    [t.start() for t in ts]; [t.join() for t in ts]
    hosts = Membership.objects.filter(community=community, role="host", state="active").count()
    print("results", out, "hosts left", hosts)
    assert hosts >= 1


def test_feed_with_encoded_slash(client, member):
    from sessions import services
    token = services.feed_token_rotate(user=member).token
    r = client.get(f"/calendar%2F{token}.ics")
    print("encoded feed", r.status_code)
