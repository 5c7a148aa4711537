"""Issue 17: confirmation pages for removing a member and leaving, htmx updates of the count and the message,
phone-friendly tables, the directory's filter disclosure, Welsh labels and field error messages."""

import pytest

from communities import services
from communities.models import CommunityEmailKind, Membership, MembershipState
from notifications.models import OutboundEmail
from tests.factories import make_community, make_person, make_topic


def _remove_url(community, membership):
    return f"/communities/{community.slug}/members/{membership.pk}/remove/"


# --- removing a member ------------------------------------------------------------------------------------


def test_remove_asks_first_and_says_what_will_happen(client, host, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    client.force_login(host)
    page = client.get(_remove_url(community, membership)).content.decode()
    assert "Remove Alex Outsider?" in page
    assert "joining links" in page and "coming sessions will be given up" in page
    assert "we will email them" in page
    assert 'name="confirm" value="yes"' in page and ">Remove Alex Outsider</button>" in page
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE


def test_the_members_page_links_to_the_confirmation_page_not_a_one_click_form(client, host, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    client.force_login(host)
    page = client.get(f"/communities/{community.slug}/members/").content.decode()
    assert f'href="{_remove_url(community, membership)}" role="button"' in page
    assert f'action="{_remove_url(community, membership)}"' not in page


def test_an_empty_post_changes_nothing_and_shows_the_page_again(client, host, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    client.force_login(host)
    response = client.post(_remove_url(community, membership))
    assert response.status_code == 200 and "Remove Alex Outsider?" in response.content.decode()
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE
    assert not OutboundEmail.objects.filter(kind=CommunityEmailKind.MEMBER_REMOVED).exists()


def test_confirming_removes_the_member_says_so_at_the_top_and_emails_them(client, host, outsider, community, deliver):
    membership = services.community_join(community=community, user=outsider)
    client.force_login(host)
    response = client.post(_remove_url(community, membership), {"confirm": "yes"}, follow=True)
    membership.refresh_from_db()
    assert membership.state == MembershipState.REMOVED
    assert response.redirect_chain[-1][0] == f"/communities/{community.slug}/members/"
    page = response.content.decode()
    top = page.index('id="cylch-messages"')
    assert top < page.index("<h1") and "Alex Outsider has been removed from" in page[top:]
    email = OutboundEmail.objects.get(kind=CommunityEmailKind.MEMBER_REMOVED)
    assert email.recipient == outsider and email.template_prefix == "communities/email/member_removed"
    sent = deliver()
    assert [m.to for m in sent] == [[outsider.email]]
    assert sent[0].subject == f"You have been removed from {community.name}"
    assert "ask to join again" in sent[0].body and community.get_absolute_url() in sent[0].body
    html, mimetype = sent[0].alternatives[0]
    assert mimetype == "text/html" and "joining links" in html
    # Asking twice sends one email.
    client.post(_remove_url(community, membership), {"confirm": "yes"})
    assert OutboundEmail.objects.filter(kind=CommunityEmailKind.MEMBER_REMOVED).count() == 1


def test_the_removal_email_is_in_the_members_language(client, host, member, community, deliver):
    membership = services.community_join(community=community, user=member)  # Siân prefers Welsh
    client.force_login(host)
    client.post(_remove_url(community, membership), {"confirm": "yes"})
    sent = deliver()
    assert sent[-1].to == [member.email]
    assert sent[-1].subject.startswith("Rydych wedi cael eich tynnu o")  # needs the merged Welsh catalogue


@pytest.mark.parametrize("who", ["member", "outsider"])
def test_only_hosts_and_coordinators_may_remove(client, host, member, outsider, community, who):
    target = services.community_join(community=community, user=make_person("t@example.org", name="Target"))
    services.community_join(community=community, user=member)
    client.force_login({"member": member, "outsider": outsider}[who])
    assert client.get(_remove_url(community, target)).status_code == 403
    assert client.post(_remove_url(community, target), {"confirm": "yes"}).status_code == 403
    target.refresh_from_db()
    assert target.state == MembershipState.ACTIVE


def test_a_coordinator_may_remove(client, coordinator, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    client.force_login(coordinator)
    assert client.get(_remove_url(community, membership)).status_code == 200
    client.post(_remove_url(community, membership), {"confirm": "yes"})
    membership.refresh_from_db()
    assert membership.state == MembershipState.REMOVED


def test_signed_out_people_are_sent_to_sign_in(client, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    response = client.get(_remove_url(community, membership))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_removing_someone_no_longer_a_member_goes_back_to_the_members_page(client, host, outsider, community):
    membership = services.community_join(community=community, user=outsider)
    services.community_leave(community=community, user=outsider)
    client.force_login(host)
    response = client.get(_remove_url(community, membership), follow=True)
    assert "Alex Outsider is not a member of this community." in response.content.decode()


def test_removing_needs_a_csrf_token(host, outsider, community):
    from django.test import Client

    membership = services.community_join(community=community, user=outsider)
    client = Client(enforce_csrf_checks=True)
    client.force_login(host)
    assert client.post(_remove_url(community, membership), {"confirm": "yes"}).status_code == 403
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE


# --- leaving ----------------------------------------------------------------------------------------------


def test_leave_page_says_what_happens_for_an_open_community(client, outsider, community):
    services.community_join(community=community, user=outsider)
    client.force_login(outsider)
    page = client.get(f"/communities/{community.slug}/leave/").content.decode()
    assert f"Leave {community.name}?" in page
    assert "your places at its coming sessions will be given up" in page
    assert "you can join again at any time" in page
    assert f">Leave {community.name}</button>" in page
    assert Membership.objects.get(user=outsider, community=community).state == MembershipState.ACTIVE


def test_leave_page_says_a_host_must_accept_you_back_where_joining_needs_a_request(
    client, outsider, host, request_community
):
    membership = services.community_join(community=request_community, user=outsider)
    services.membership_request_decide(membership=membership, approve=True, acting_user=host)
    client.force_login(outsider)
    page = client.get(f"/communities/{request_community.slug}/leave/").content.decode()
    assert "a host will need to accept your request" in page


def test_the_only_host_is_told_to_choose_another_host_and_gets_no_button(client, host, community):
    client.force_login(host)
    page = client.get(f"/communities/{community.slug}/leave/").content.decode()
    assert "only host" in page and f">Leave {community.name}</button>" not in page


def test_leaving_without_javascript_redirects_with_the_message_at_the_top(client, outsider, community):
    services.community_join(community=community, user=outsider)
    client.force_login(outsider)
    response = client.post(f"/communities/{community.slug}/leave/", follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == community.get_absolute_url()
    top = page.index('id="cylch-messages"')
    assert top < page.index("<h1") and f"You have left {community.name}." in page[top : page.index("<h1")]


def test_leave_with_htmx_opens_the_confirmation_in_the_panel(client, outsider, community):
    services.community_join(community=community, user=outsider)
    client.force_login(outsider)
    page = client.get(f"/communities/{community.slug}/leave/", HTTP_HX_REQUEST="true").content.decode()
    assert page.strip().startswith('<div id="membership-panel"') and "<html" not in page
    assert 'hx-post="/communities/' in page and "autofocus" in page


def test_the_panels_leave_button_goes_to_the_confirmation(client, outsider, community):
    services.community_join(community=community, user=outsider)
    client.force_login(outsider)
    page = client.get(community.get_absolute_url()).content.decode()
    assert f'href="/communities/{community.slug}/leave/" role="button"' in page


# --- htmx join and leave: the count and the message ---------------------------------------------------------


def test_join_with_htmx_updates_the_count_and_the_message_at_the_top(client, outsider, community):
    client.force_login(outsider)
    response = client.post(f"/communities/{community.slug}/join/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert '<div id="member-count" hx-swap-oob="true">' in page
    count = page[page.index('id="member-count"') :]
    assert "See the 2 members" in count[: count.index("</div>")]
    messages = page[page.index('<div id="cylch-messages" hx-swap-oob="true">') :]
    assert f"You have joined {community.name}." in messages
    assert 'tabindex="-1" autofocus' in messages
    # The message is no longer inside the panel.
    panel = page[: page.index('id="member-count"')]
    assert "You have joined" not in panel


def test_leave_with_htmx_updates_the_count(client, outsider, community):
    services.community_join(community=community, user=outsider)
    client.force_login(outsider)
    page = client.post(f"/communities/{community.slug}/leave/", HTTP_HX_REQUEST="true").content.decode()
    count = page[page.index('id="member-count"') :]
    assert "1 member" in count[: count.index("</div>")]
    assert f"You have left {community.name}." in page[page.index('id="cylch-messages"') :]


def test_withdrawing_a_request_says_so(client, outsider, request_community):
    services.community_join(community=request_community, user=outsider)
    client.force_login(outsider)
    page = client.post(f"/communities/{request_community.slug}/leave/", follow=True).content.decode()
    assert "You have withdrawn your request to join Governance and scrutiny." in page


def test_messages_on_welsh_pages_use_the_welsh_name(client, outsider, host):
    community = make_community(
        name="Open circle", name_cy="Cylch agored", slug="open-circle", hosts=[host], acting_user=host
    )
    client.force_login(outsider)
    page = client.post(
        f"/cy/communities/{community.slug}/join/", HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="cy"
    ).content.decode()
    assert "Cylch agored" in page[page.index('id="cylch-messages"') :]
    assert "Open circle" not in page


# --- Welsh labels -----------------------------------------------------------------------------------------


def test_topic_checkboxes_on_the_edit_page_are_welsh_on_welsh_pages(client, host, community):
    make_topic(slug="llesiant", name="Wellbeing", name_cy="Llesiant")
    client.force_login(host)
    welsh = client.get(f"/cy/communities/{community.slug}/edit/").content.decode()
    english = client.get(f"/communities/{community.slug}/edit/").content.decode()
    assert ">Llesiant</label>" in welsh and ">Wellbeing</label>" not in welsh
    assert ">Wellbeing</label>" in english


# --- phones: tables that stack -----------------------------------------------------------------------------


def test_the_members_tables_stack_on_phones(client, host, outsider, request_community):
    services.community_join(community=request_community, user=outsider)
    client.force_login(host)
    page = client.get(f"/communities/{request_community.slug}/members/").content.decode()
    assert page.count('class="govuk-table cylch-stack-table" role="table"') == 2
    assert 'role="cell" data-label="Organisation and role"' in page


def test_members_page_for_a_host_costs_the_same_queries_for_many_members_and_requests(
    client, host, django_assert_max_num_queries
):
    community = make_community(name="Busy", slug="busy", join_policy="request", hosts=[host], acting_user=host)
    client.force_login(host)
    for size in (1, 15):
        while Membership.objects.filter(community=community).count() < size * 2 + 1:
            n = Membership.objects.filter(community=community).count()
            Membership.objects.create(
                community=community,
                user=make_person(f"p{n}@example.org", name=f"Person {n}"),
                state=MembershipState.ACTIVE if n % 2 else MembershipState.PENDING,
            )
        # The session, the person, the community (with its count), the host's membership, the coordinator
        # check, the members with their people, the requests with their people.
        with django_assert_max_num_queries(9):
            page = client.get("/communities/busy/members/").content.decode()
        assert page.count("/remove/") == size


# --- the directory's filters ---------------------------------------------------------------------------------


def test_the_directory_filters_are_behind_a_disclosure_that_counts_what_is_applied(client, community):
    page = client.get("/communities/?platform=teams&language=en&q=bio").content.decode()
    assert '<details class="govuk-details cylch-filter" id="directory-filters">' in page
    summary = page[page.index('id="directory-filter-count"') :]
    assert "Filter (2 applied)" in " ".join(summary[: summary.index("</span>")].split())
    # The search box stays outside the disclosure, and the filters come before the results in the form.
    assert page.index('id="id_q"') < page.index('id="directory-filters"') < page.index('id="id_platform"')


def test_filtering_with_htmx_updates_the_count_out_of_band(client, community):
    page = client.get(
        "/communities/?platform=teams", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="directory-results"
    ).content.decode()
    assert 'id="directory-filter-count" hx-swap-oob="true"' in page
    assert "Filter (1 applied)" in " ".join(page.split())


def test_directory_costs_the_same_queries_for_one_community_as_for_many(client, host, django_assert_max_num_queries):
    topic = make_topic(slug="bees", name="Bees", name_cy="Gwenyn")
    made = 0
    for size in (1, 12):
        while made < size:
            make_community(name=f"Circle {made}", slug=f"circle-{made}", hosts=[host], topics=[topic], acting_user=host)
            made += 1
        # The topics for the filter, the count, the page of communities, their topics (prefetched).
        with django_assert_max_num_queries(6):
            page = client.get("/communities/?sort=name&topic=bees").content.decode()
        assert page.count("Circle ") >= size
        assert "Filter (1 applied)" in " ".join(page.split())


# --- field error messages ------------------------------------------------------------------------------------


def test_suggestion_errors_name_the_field_and_keep_long_text(client, member):
    client.force_login(member)
    empty = client.post("/communities/suggest/", {"name": "", "description": ""}).content.decode()
    assert "Enter a name for the community" in empty and "Enter what the community would be for" in empty
    long_text = "a" * 4012
    page = client.post("/communities/suggest/", {"name": "Bees", "description": long_text}).content.decode()
    assert "What it would be for must be 4,000 characters or fewer (you have written 4,012)" in page
    assert long_text in page


def test_edit_errors_name_the_field(client, host, community):
    client.force_login(host)
    page = client.post(
        f"/communities/{community.slug}/edit/", {"name": "", "summary": "", "contact_email": "not an email"}
    ).content.decode()
    for message in (
        "Enter the community’s name in English",
        "Enter a short summary of the community in English",
        "Select the platform the community meets on",
        "Select who can join the community",
        "Enter the contact email address in the correct format, like name@example.org",
    ):
        assert message in page
    assert "This field is required." not in page
