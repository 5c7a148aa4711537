from django.core import mail
from django.test import Client

from communities import services
from communities.models import Membership, MembershipEvent, MembershipState, Role
from tests.factories import make_community, make_person


def post(client, url, **extra):
    return client.post(url, **extra)


def test_joining_an_open_community_twice_makes_one_membership(client, member, community):
    client.force_login(member)
    client.post(f"/communities/{community.slug}/join/")
    client.post(f"/communities/{community.slug}/join/")
    membership = Membership.objects.get(community=community, user=member)
    assert membership.state == MembershipState.ACTIVE and membership.role == Role.MEMBER
    assert list(membership.events.values_list("kind", flat=True)) == ["joined"]


def test_join_only_accepts_post_and_leave_asks_first(client, member, community):
    client.force_login(member)
    assert client.get(f"/communities/{community.slug}/join/").status_code == 405
    # GET on leave is the page that says what leaving does; it changes nothing.
    assert client.get(f"/communities/{community.slug}/leave/").status_code == 200
    assert not Membership.objects.filter(user=member).exists()


def test_join_needs_a_csrf_token(member, community):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(f"/communities/{community.slug}/join/").status_code == 403
    assert not Membership.objects.filter(user=member).exists()


def test_signed_out_visitors_are_asked_to_sign_in_before_joining(client, community):
    response = client.post(f"/communities/{community.slug}/join/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert client.get(community.get_absolute_url()).content.decode().count("Sign in to join this community") == 1


def test_leaving_keeps_the_membership_and_its_history(client, member, community):
    client.force_login(member)
    client.post(f"/communities/{community.slug}/join/")
    client.post(f"/communities/{community.slug}/leave/")
    client.post(f"/communities/{community.slug}/leave/")
    membership = Membership.objects.get(community=community, user=member)
    assert membership.state == MembershipState.LEFT
    assert list(membership.events.values_list("kind", flat=True)) == ["joined", "left"]
    client.post(f"/communities/{community.slug}/join/")
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE
    assert membership.events.count() == 3


def test_join_with_htmx_returns_the_updated_panel(client, member, community):
    client.force_login(member)
    response = client.post(f"/communities/{community.slug}/join/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert page.strip().startswith('<div id="membership-panel"')
    assert "Leave this community" in page
    assert "You have joined Creativity and biodiversity." in page


def test_asking_to_join_notifies_hosts_and_the_host_approves(client, member, host, request_community, deliver):
    client.force_login(member)
    response = client.post(f"/communities/{request_community.slug}/join/", follow=True)
    deliver()
    assert "Your request has been sent to the hosts." in response.content.decode()
    assert Membership.objects.get(user=member, community=request_community).state == MembershipState.PENDING
    assert [m.to for m in mail.outbox] == [[host.email]]
    assert "Siân Evans asked to join Governance and scrutiny" in mail.outbox[0].subject

    client.force_login(host)
    members_page = client.get(f"/communities/{request_community.slug}/members/").content.decode()
    assert "Requests to join" in members_page and "Siân Evans" in members_page
    membership = Membership.objects.get(user=member, community=request_community)
    client.post(f"/communities/{request_community.slug}/members/{membership.pk}/approve/")
    deliver()
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE and membership.joined_at
    # Siân prefers Welsh, so the decision reaches her in Welsh.
    assert mail.outbox[-1].to == [member.email]
    assert mail.outbox[-1].subject.startswith("Rydych wedi ymuno")
    assert list(membership.events.values_list("kind", "acting_user")) == [
        ("requested", member.pk),
        ("approved", host.pk),
    ]


def test_deciding_a_request_twice_says_it_is_already_done(client, member, host, request_community):
    membership = services.community_join(community=request_community, user=member)
    client.force_login(host)
    url = f"/communities/{request_community.slug}/members/{membership.pk}/decline/"
    client.post(url)
    response = client.post(url, follow=True)
    assert "This request has already been dealt with." in response.content.decode()
    membership.refresh_from_db()
    assert membership.state == MembershipState.DECLINED
    assert membership.events.filter(kind="declined").count() == 1


def test_invite_only_communities_cannot_be_joined(client, member, host):
    closed = make_community(name="Housing groups", slug="housing", join_policy="invite", hosts=[host])
    client.force_login(member)
    response = client.post(f"/communities/{closed.slug}/join/", follow=True)
    assert "This community is invite only." in response.content.decode()
    assert not Membership.objects.filter(user=member, state=MembershipState.ACTIVE).exists()


def test_archived_communities_take_no_new_members(client, member, host):
    archived = make_community(name="Old", slug="old", status="archived", hosts=[host])
    client.force_login(member)
    response = client.post(f"/cy/communities/{archived.slug}/join/", follow=True)
    assert "Nid yw’r gymuned hon yn derbyn aelodau newydd ar hyn o bryd." in response.content.decode()


def test_the_only_host_cannot_leave(client, host, community):
    client.force_login(host)
    response = client.post(f"/communities/{community.slug}/leave/", follow=True)
    assert "only host. Make another member a host before you leave." in response.content.decode()
    assert Membership.objects.get(user=host, community=community).is_host


def test_a_host_promotes_a_member_and_removes_another(client, host, member, outsider, community):
    member_membership = services.community_join(community=community, user=member)
    outsider_membership = services.community_join(community=community, user=outsider)
    client.force_login(host)
    client.post(f"/communities/{community.slug}/members/{member_membership.pk}/promote/")
    client.post(f"/communities/{community.slug}/members/{outsider_membership.pk}/remove/", {"confirm": "yes"})
    member_membership.refresh_from_db()
    outsider_membership.refresh_from_db()
    assert member_membership.is_host
    assert outsider_membership.state == MembershipState.REMOVED
    # Someone removed must ask again, even though joining is open.
    assert services.community_join(community=community, user=outsider).state == MembershipState.PENDING


def test_my_communities_lists_memberships_and_requests(client, member, community, request_community):
    services.community_join(community=community, user=member)
    services.community_join(community=request_community, user=member)
    client.force_login(member)
    page = client.get("/communities/mine/").content.decode()
    assert "Creativity and biodiversity" in page and "Governance and scrutiny" in page
    assert "Request sent" in page or "Cais wedi’i anfon" in page


def test_community_page_costs_a_fixed_number_of_queries(client, db, host, django_assert_max_num_queries):
    community = make_community(name="Busy", slug="busy", hosts=[host])
    people = [make_person(f"m{n}@example.org", name=f"M{n}") for n in range(50)]
    Membership.objects.bulk_create(
        Membership(community=community, user=p, state=MembershipState.ACTIVE) for p in people
    )
    client.force_login(people[0])
    with django_assert_max_num_queries(9):
        response = client.get("/communities/busy/")
    assert "See the 50 members" in response.content.decode() or "51" in response.content.decode()
    with django_assert_max_num_queries(9):
        client.get("/communities/busy/members/")
    assert MembershipEvent.objects.count() == 1


def test_someone_removed_cannot_get_back_in_by_withdrawing_or_being_declined(client, member, host, community):
    services.community_join(community=community, user=member)
    services.membership_remove(membership=community.memberships.get(user=member), acting_user=host)
    client.force_login(member)
    client.post(f"/communities/{community.slug}/join/")
    client.post(f"/communities/{community.slug}/leave/")  # withdraws the request
    client.post(f"/communities/{community.slug}/join/")
    membership = community.memberships.get(user=member)
    assert membership.state == MembershipState.PENDING  # still needs a host, although the community is open
    services.membership_request_decide(membership=membership, approve=False, acting_user=host)
    client.post(f"/communities/{community.slug}/join/")
    assert community.memberships.get(user=member).state == MembershipState.PENDING
    services.membership_request_decide(
        membership=community.memberships.get(user=member), approve=True, acting_user=host
    )
    client.post(f"/communities/{community.slug}/leave/")
    client.post(f"/communities/{community.slug}/join/")  # taken back once: joining an open community is open again
    assert community.memberships.get(user=member).state == MembershipState.ACTIVE
