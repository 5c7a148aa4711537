"""The community forms and the directory's filters, driven through the real views with hostile input (issue 12):
never a 500, and a refused submission saves nothing."""

from hypothesis import event, given
from hypothesis import strategies as st

from communities.forms import CommunityForm, SuggestionForm
from communities.models import Community, CommunitySuggestion, Membership
from tests.hostile import FUZZ, every_special_value, form_data, many, numbers, query, rows, text

EDIT = {
    "name": "Creativity and biodiversity",
    "name_cy": "",
    "summary": "Artists and ecologists.",
    "summary_cy": "",
    "description": "",
    "description_cy": "",
    "purpose": "",
    "purpose_cy": "",
    "cadence": "Monthly",
    "cadence_cy": "",
    "meeting_days": ["WE"],
    "platform": "teams",
    "location": "",
    "meeting_language": "en",
    "contact_email": "",
    "topics": [],
    "join_policy": "open",
    "visibility": "listed",
    "status": "active",
}


def choice(*good):
    return st.one_of(st.sampled_from(good), text)


EDIT_FIELDS = {
    **{
        name: text
        for name in (
            "name",
            "name_cy",
            "summary",
            "summary_cy",
            "description",
            "description_cy",
            "purpose",
            "purpose_cy",
            "cadence",
            "cadence_cy",
            "location",
        )
    },
    "meeting_days": st.one_of(many, st.lists(st.sampled_from(["MO", "WE", "SU", "XX"]))),
    "platform": choice("teams", "zoom", "in_person", "hybrid"),
    "meeting_language": choice("en", "cy", "bilingual"),
    "contact_email": st.one_of(st.just("hosts@example.org"), text),
    "topics": st.one_of(many, st.lists(numbers)),
    "join_policy": choice("open", "request", "invite"),
    "visibility": choice("listed", "unlisted"),
    "status": choice("active", "paused", "archived"),
}


@FUZZ
@given(data=form_data(EDIT, EDIT_FIELDS))
def test_editing_a_community_never_fails_and_a_refusal_changes_nothing(client, host, community, data):
    client.force_login(host)
    before = rows(Community.objects.all()), rows(Membership.objects.all())
    response = client.post(f"/communities/{community.slug}/edit/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    form = CommunityForm(data, instance=Community.objects.get(pk=community.pk))
    if response.status_code == 200 or not form.is_valid():
        assert (rows(Community.objects.all()), rows(Membership.objects.all())) == before


@FUZZ
@given(
    data=form_data(
        {
            "name": "Data ethics circle",
            "description": "Ethics in data work.",
            "preferred_cadence": "",
            "willing_to_host": "",
        },
        {"name": text, "description": text, "preferred_cadence": text, "willing_to_host": text},
    )
)
def test_suggesting_a_community_never_fails_and_a_refusal_saves_nothing(client, member, data):
    client.force_login(member)
    before = CommunitySuggestion.objects.count()
    response = client.post("/communities/suggest/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    if response.status_code == 200 or not SuggestionForm(data).is_valid():
        assert CommunitySuggestion.objects.count() == before


@FUZZ
@given(
    params=query(
        {
            "q": ["biodiversity", "Ŵyl"],
            "topic": ["climate"],
            "platform": ["teams"],
            "language": ["cy"],
            "day": ["WE"],
            "join_policy": ["open"],
            "this_month": ["1"],
            "sort": ["name", "members", "next", "relevance"],
            "page": ["1", "2"],
        }
    ),
    htmx=st.booleans(),
    welsh=st.booleans(),
)
def test_the_directory_filters_never_fail(client, community, params, htmx, welsh):
    headers = {"HX-Request": "true", "HX-Target": "directory-results"} if htmx else {}
    response = client.get(("/cy" if welsh else "") + "/communities/", params, headers=headers)
    assert response.status_code == 200


def test_every_known_troublemaker_in_every_directory_filter(client, community):
    names = ["q", "topic", "platform", "language", "day", "join_policy", "this_month", "sort", "page"]
    for params in every_special_value(names):
        assert client.get("/communities/", params).status_code == 200, params


@FUZZ
@given(slug=text, suffix=st.sampled_from(["/", "/members/", "/calendar.ics", "/edit/"]))
def test_community_addresses_with_any_slug_never_fail(client, host, community, slug, suffix):
    from urllib.parse import quote

    client.force_login(host)
    assert client.get(f"/communities/{quote(slug, safe='')}{suffix}").status_code < 500
