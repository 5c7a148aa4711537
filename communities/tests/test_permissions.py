from communities import services
from communities.models import Community, CommunitySuggestion, Membership, MembershipState
from tests.factories import make_community


def test_non_hosts_cannot_edit_a_community(client, member, community):
    services.community_join(community=community, user=member)
    client.force_login(member)
    assert client.get(f"/communities/{community.slug}/edit/").status_code == 403
    response = client.post(f"/communities/{community.slug}/edit/", {"name": "Taken over"})
    assert response.status_code == 403
    community.refresh_from_db()
    assert community.name == "Creativity and biodiversity"


def test_signed_out_visitors_cannot_edit(client, community):
    response = client.get(f"/communities/{community.slug}/edit/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_non_hosts_cannot_approve_requests(client, member, outsider, request_community):
    pending = services.community_join(community=request_community, user=outsider)
    services.community_join(community=request_community, user=member)
    client.force_login(member)
    response = client.post(f"/communities/{request_community.slug}/members/{pending.pk}/approve/")
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.state == MembershipState.PENDING


def test_a_host_of_one_community_cannot_manage_another(client, host, member, outsider):
    other = make_community(name="Other", slug="other", hosts=[outsider], join_policy="request")
    pending = services.community_join(community=other, user=member)
    client.force_login(host)
    assert client.post(f"/communities/other/members/{pending.pk}/approve/").status_code == 403
    assert client.get("/communities/other/edit/").status_code == 403


def test_membership_ids_from_another_community_are_not_found(client, host, community, member, outsider):
    other = make_community(name="Other", slug="other", hosts=[outsider])
    their_membership = services.community_join(community=other, user=member)
    client.force_login(host)
    response = client.post(f"/communities/{community.slug}/members/{their_membership.pk}/remove/", {"confirm": "yes"})
    assert response.status_code == 404
    assert client.get(f"/communities/{community.slug}/members/{their_membership.pk}/remove/").status_code == 404
    assert Membership.objects.get(pk=their_membership.pk).state == MembershipState.ACTIVE


def test_unknown_member_actions_are_not_found(client, host, community, member):
    membership = services.community_join(community=community, user=member)
    client.force_login(host)
    assert client.post(f"/communities/{community.slug}/members/{membership.pk}/explode/").status_code == 404


def test_unlisted_member_list_is_for_members_only(client, host, member, outsider):
    unlisted = make_community(name="Quiet room", slug="quiet", visibility="unlisted", hosts=[host])
    services.community_join(community=unlisted, user=member)
    assert client.get("/communities/quiet/members/").status_code == 302
    client.force_login(outsider)
    assert client.get("/communities/quiet/members/").status_code == 403
    client.force_login(member)
    response = client.get("/communities/quiet/members/")
    assert response.status_code == 200 and "Dafydd Owen" in response.content.decode()
    # The page itself is reachable by its link, without the member list.
    client.force_login(outsider)
    page = client.get("/communities/quiet/").content.decode()
    assert "Siân Evans" not in page


def test_members_see_names_but_not_management_buttons(client, host, member, community):
    services.community_join(community=community, user=member)
    client.force_login(member)
    page = client.get(f"/communities/{community.slug}/members/").content.decode()
    assert "Dafydd Owen" in page
    assert "Make host" not in page and "Requests to join" not in page


def test_coordinators_can_edit_any_community(client, coordinator, community):
    client.force_login(coordinator)
    assert client.get(f"/communities/{community.slug}/edit/").status_code == 200


def test_suggestions_are_for_coordinators_only(client, member, coordinator):
    suggestion = CommunitySuggestion.objects.create(suggested_by=member, name="Data ethics", description="Talk.")
    client.force_login(member)
    assert client.get("/communities/suggestions/").status_code == 403
    assert client.post(f"/communities/suggestions/{suggestion.pk}/create/").status_code == 403
    assert not Community.objects.filter(name="Data ethics").exists()
    client.force_login(coordinator)
    assert client.get("/communities/suggestions/").status_code == 200
    assert client.post(f"/communities/suggestions/{suggestion.pk}/explode/").status_code == 404


def test_unknown_community_is_not_found(client, db):
    assert client.get("/communities/no-such-thing/").status_code == 404
