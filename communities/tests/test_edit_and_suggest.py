from django.core import mail

from communities.models import Community, CommunitySuggestion, Membership, SuggestionStatus

EDIT = {
    "name": "Creativity, biodiversity and behaviour change",
    "name_cy": "Creadigrwydd, bioamrywiaeth a newid ymddygiad",
    "summary": "Artists and ecologists.",
    "summary_cy": "",
    "description": "",
    "description_cy": "",
    "purpose": "",
    "purpose_cy": "",
    "cadence": "Monthly on Teams, Wednesdays 4–5pm",
    "cadence_cy": "",
    "meeting_days": ["WE"],
    "platform": "teams",
    "location": "",
    "meeting_language": "bilingual",
    "contact_email": "",
    "join_policy": "open",
    "visibility": "listed",
    "status": "active",
}


def test_a_host_edits_the_community_and_search_follows(client, host, community):
    client.force_login(host)
    response = client.post(f"/communities/{community.slug}/edit/", EDIT)
    assert response.status_code == 302
    community.refresh_from_db()
    assert community.name_cy == "Creadigrwydd, bioamrywiaeth a newid ymddygiad"
    assert community.meeting_language == "bilingual"
    assert "bioamrywiaeth" in community.search_text


def test_an_in_person_community_without_a_place_is_refused_in_welsh(client, host, community):
    client.force_login(host)
    response = client.post(f"/cy/communities/{community.slug}/edit/", {**EDIT, "platform": "in_person"})
    assert response.status_code == 200
    assert (
        "Rhowch ble mae’r gymuned yn cyfarfod wyneb yn wyneb, er enghraifft yr adeilad a’r dref"
        in response.content.decode()
    )
    community.refresh_from_db()
    assert community.platform == "teams"


def test_a_bad_email_and_unknown_choices_save_nothing(client, host, community):
    client.force_login(host)
    response = client.post(
        f"/communities/{community.slug}/edit/",
        {**EDIT, "contact_email": "not-an-email", "meeting_days": ["XX"], "join_policy": "whenever"},
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    community.refresh_from_db()
    assert community.contact_email == "" and community.join_policy == "open"


def test_a_suggestion_reaches_coordinators_who_create_the_community(client, member, coordinator, deliver):
    client.force_login(member)
    response = client.post(
        "/communities/suggest/",
        {
            "name": "Data ethics circle",
            "description": "Talking through ethical questions in data work.",
            "preferred_cadence": "Monthly, Tuesday lunchtimes",
            "willing_to_host": "on",
        },
    )
    deliver()
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    suggestion = CommunitySuggestion.objects.get()

    client.force_login(coordinator)
    response = client.post(f"/communities/suggestions/{suggestion.pk}/create/")
    deliver()
    community = Community.objects.get(name="Data ethics circle")
    assert response.url == f"/communities/{community.slug}/edit/"
    assert Membership.objects.get(community=community).user == member
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.CREATED and suggestion.community == community
    assert mail.outbox[-1].to == [member.email]

    again = client.post(f"/communities/suggestions/{suggestion.pk}/create/", follow=True)
    assert "This suggestion has already been dealt with." in again.content.decode()
    assert Community.objects.filter(name="Data ethics circle").count() == 1


def test_an_empty_suggestion_is_refused(client, member):
    client.force_login(member)
    response = client.post("/communities/suggest/", {"name": "", "description": ""})
    assert response.status_code == 200
    assert not CommunitySuggestion.objects.exists()


def test_reserved_words_never_become_slugs(host):
    from communities.services import community_slug_unique

    assert community_slug_unique("Mine") == "mine-community"
    assert community_slug_unique("Suggest") == "suggest-community"


def test_dates_on_welsh_pages_use_welsh_month_names(client, coordinator, member):
    import datetime

    from django.utils import timezone

    suggestion = CommunitySuggestion.objects.create(suggested_by=member, name="Data ethics", description="Talk.")
    CommunitySuggestion.objects.filter(pk=suggestion.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2026, 11, 3, 10, 0))
    )
    client.force_login(coordinator)
    assert "3 November 2026" in client.get("/communities/suggestions/").content.decode()
    assert "3 Tachwedd 2026" in client.get("/cy/communities/suggestions/").content.decode()
