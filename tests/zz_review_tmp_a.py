from datetime import datetime
import logging
import pytest
import time_machine
from django.test import Client

from communities import services as community_services
from communities.models import Membership, MembershipState
from communities.tests.factories import make_community
from conftest import make_person
from sessions import services
from sessions.models import LONDON
from sessions.tests.conftest import london, make_series

SECRET = "https://teams.example/secret-room"


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as t:
        yield t


@pytest.fixture
def host(db):
    return make_person("dafydd@example.org", name="Dafydd Owen")


@pytest.fixture
def community(host):
    return make_community(name="Shambolic Warriors", slug="shambolic", hosts=[host], acting_user=host)


def test_removed_member_rejoins_open_community_without_approval(client, host, member, community, clock):
    occ = make_series(community, first_start=london(2026, 11, 23, 12, 0), host=host, is_public=False).occurrences.get()
    community_services.community_join(community=community, user=member)
    m = Membership.objects.get(community=community, user=member)
    community_services.membership_remove(membership=m, acting_user=host)
    client.force_login(member)
    assert SECRET not in client.get(f"/sessions/{occ.pk}/").content.decode() if client.get(f"/sessions/{occ.pk}/").status_code == 200 else True
    # ask again -> pending
    r = client.post(f"/communities/{community.slug}/join/")
    print("join1", r.status_code, Membership.objects.get(pk=m.pk).state)
    # withdraw the request
    r = client.post(f"/communities/{community.slug}/leave/")
    print("leave", r.status_code, Membership.objects.get(pk=m.pk).state)
    r = client.post(f"/communities/{community.slug}/join/")
    state = Membership.objects.get(pk=m.pk).state
    print("join2", r.status_code, state)
    page = client.get(f"/sessions/{occ.pk}/").content.decode()
    print("link visible:", SECRET in page)
    assert state != MembershipState.ACTIVE, "removed member is active again without a host approving"


def test_account_delete_csrf(member):
    c = Client(enforce_csrf_checks=True)
    c.force_login(member)
    r = c.post("/accounts/profile/delete/", {"email": member.email})
    print("csrf-less post", r.status_code)
    assert r.status_code == 403
    r = c.get("/accounts/profile/delete/?email=" + member.email)
    assert r.status_code == 200
    c2 = Client()
    c2.force_login(member)
    r = c2.post("/accounts/profile/delete/", {})
    print("empty post", r.status_code)
    r = c2.post("/accounts/profile/delete/", {"email": " " + member.email.upper() + " "})
    print("upper post", r.status_code, r.headers.get("Location"))


def test_cache_headers(client, host, member, community, clock):
    occ = make_series(community, first_start=london(2026, 11, 23, 12, 0), host=host).occurrences.get()
    community_services.community_join(community=community, user=member)
    client.force_login(member)
    for url in [f"/sessions/{occ.pk}/", f"/sessions/{occ.pk}.ics", "/accounts/profile/", "/accounts/profile/data.json",
                "/sessions/my-calendar/", f"/sessions/{occ.pk}/attendees/?format=csv", "/accounts/profile/delete/"]:
        r = client.get(url)
        print(url, r.status_code, r.headers.get("Cache-Control"), SECRET in r.content.decode(errors="replace"))
    client.force_login(host)
    r = client.get(f"/sessions/{occ.pk}/attendees/?format=csv")
    print("csv", r.status_code, r.headers.get("Cache-Control"))


@pytest.mark.parametrize("path", ["/%2F%2Fevil.example", "/%5Cevil.example", "//evil.example", "/%09/evil.example",
                                  "/cy//evil.example", "/cy/%2F%2Fevil.example", "/sessions/?x=//evil",
                                  "/%2Fevil.example", "/cy/%5C%5Cevil.example", "/cy/\\evil.example",
                                  "/%E3%80%82/evil"])
def test_language_switch(client, db, path):
    r = client.get(path, follow=False)
    body = r.content.decode(errors="replace")
    import re
    links = re.findall(r'hreflang="(?:cy|en)" href="([^"]*)"', body) + re.findall(r'govuk-language-navigation__link" href="([^"]*)"', body)
    print(path, r.status_code, r.headers.get("Location"), links)
    for l in links:
        assert not l.startswith("//") and not l.startswith("/\\"), l


def test_removed_member_declined_then_joins(client, host, member, community, clock):
    community_services.community_join(community=community, user=member)
    m = Membership.objects.get(community=community, user=member)
    community_services.membership_remove(membership=m, acting_user=host)
    community_services.community_join(community=community, user=member)  # pending
    community_services.membership_request_decide(membership=m, approve=False, acting_user=host)
    print("after decline", Membership.objects.get(pk=m.pk).state)
    community_services.community_join(community=community, user=member)
    print("after join", Membership.objects.get(pk=m.pk).state)
    assert Membership.objects.get(pk=m.pk).state != MembershipState.ACTIVE
