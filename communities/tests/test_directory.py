from datetime import datetime

import pytest
from django.core.cache import cache
from django.db import connection

from communities import selectors
from communities.models import Community, Membership, MembershipState, Topic
from communities.search import normalise_for_search
from tests.factories import make_community, make_person, make_topic


def directory_names(client, query: str) -> list[str]:
    cache.clear()  # a visitor's page kept from an earlier request has no template context to read
    response = client.get("/communities/" + query)
    assert response.status_code == 200
    names = [community.name for community in response.context["page"].object_list]
    # A search is ordered by relevance, which only PostgreSQL ranks; compare what was found.
    return sorted(names) if "q=" in query and "sort=" not in query else names


@pytest.fixture
def directory(db):
    climate, compassion = make_topic(), make_topic("compassion", "Compassion", "Tosturi")
    make_community(
        name="The Edgy Alliance",
        name_cy="Cynghrair Egino",
        summary="Climate psychology.",
        summary_cy="Seicoleg hinsawdd.",
        meeting_language="cy",
        platform="zoom",
        meeting_days="",
        topics=[climate],
        join_policy="request",
    )
    make_community(
        name="People's practice",
        summary="Local action on the climate.",
        meeting_days="WE",
        platform="zoom",
        topics=[climate],
    )
    make_community(
        name="Compassion practices",
        summary="What helps compassion grow.",
        platform="hybrid",
        location="Cardiff",
        meeting_language="bilingual",
        meeting_days="TH,FR",
        topics=[compassion],
    )
    make_community(
        name="Ŵyl Ddewi planning circle",
        summary="Planning St David's Day events.",
        meeting_language="cy",
        meeting_days="MO",
    )
    make_community(name="Hidden circle", summary="Not in the directory.", visibility="unlisted")
    make_community(name="Old circle", summary="No longer meets.", status="archived")


def test_search_finds_communities_by_english_and_welsh_words(client, directory):
    assert directory_names(client, "?q=climate") == ["People's practice", "The Edgy Alliance"]
    assert directory_names(client, "?q=seicoleg") == ["The Edgy Alliance"]
    # Topic names count in both languages.
    assert directory_names(client, "?q=hinsawdd") == ["People's practice", "The Edgy Alliance"]
    assert directory_names(client, "?q=Cynghrair") == ["The Edgy Alliance"]


def test_search_matches_the_start_of_words(client, directory):
    assert directory_names(client, "?q=compass") == ["Compassion practices"]


@pytest.mark.parametrize("query", ["?q=ŵyl", "?q=wyl", "?q=WYL+DDEWI", "?q=%C5%B4yl"])
def test_welsh_search_with_or_without_diacritics_finds_the_same_community(client, directory, query):
    assert directory_names(client, query) == ["Ŵyl Ddewi planning circle"]


@pytest.mark.parametrize(
    "query",
    [
        "'",
        '"',
        "&",
        "%",
        "_",
        "' OR 1=1 --",
        "'; DROP TABLE communities_community; --",
        "a" * 5000,
        "!!! ::: ***",
        "ŷ ŵ â",
        "(climate",
        "climate:*",
        "\\",
    ],
)
def test_any_search_text_gives_results_or_an_empty_state_never_an_error(client, directory, query):
    response = client.get("/communities/", {"q": query})
    assert response.status_code == 200
    assert Community.objects.count() == 6


def test_an_empty_search_says_so_and_offers_a_way_on(client, directory):
    response = client.get("/communities/", {"q": "astronomy"})
    page = response.content.decode()
    assert "0 communities" in page
    assert "No communities match your search." in page
    assert "/communities/suggest/" in page


def test_unlisted_and_archived_communities_are_not_in_the_directory(client, directory):
    names = directory_names(client, "")
    assert "Hidden circle" not in names and "Old circle" not in names
    assert len(names) == 4


def test_filters_combine_and_are_kept_in_the_url(client, directory):
    assert directory_names(client, "?q=climate&language=cy") == ["The Edgy Alliance"]
    assert directory_names(client, "?platform=zoom&day=WE") == ["People's practice"]
    assert directory_names(client, "?topic=compassion") == ["Compassion practices"]
    assert directory_names(client, "?join_policy=request") == ["The Edgy Alliance"]
    page = client.get("/communities/?q=climate&language=cy").content.decode()
    assert 'value="climate"' in page
    assert '<option value="cy" selected>' in page


def test_welsh_language_filter_includes_bilingual_communities(client, directory):
    assert directory_names(client, "?language=cy") == [
        "Compassion practices",
        "The Edgy Alliance",
        "Ŵyl Ddewi planning circle",
    ]
    assert directory_names(client, "?language=bilingual") == ["Compassion practices"]


def test_unknown_filter_values_are_ignored_and_the_rest_kept(client, directory):
    names = directory_names(client, "?topic=astrology&platform=carrier-pigeon&day=XX&sort=random&language=cy")
    assert names == ["Compassion practices", "The Edgy Alliance", "Ŵyl Ddewi planning circle"]


def test_sort_by_most_members(client, directory):
    busy = Community.objects.get(name="Compassion practices")
    for n in range(3):
        Membership.objects.create(
            community=busy, user=make_person(f"p{n}@example.org", name=f"P{n}"), state=MembershipState.ACTIVE
        )
    assert directory_names(client, "?sort=members")[0] == "Compassion practices"


def test_welsh_directory_sorts_by_welsh_names_and_shows_them(client, directory):
    response = client.get("/cy/communities/")
    names = [community.name for community in response.context["page"].object_list]
    assert names.index("The Edgy Alliance") < names.index("People's practice")  # "Cynghrair Egino" sorts under C
    assert "Cynghrair Egino" in response.content.decode()


def test_welsh_pages_mark_english_only_content_visibly(client, directory):
    page = client.get("/cy/communities/").content.decode()
    assert (
        '<span lang="en">What helps compassion grow.</span> <strong class="govuk-tag govuk-tag--grey">Dim ar gael yn Gymraeg eto</strong>'
        in page
    )
    assert "Seicoleg hinsawdd." in page


def test_htmx_requests_get_only_the_results(client, directory):
    response = client.get("/communities/?q=climate", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="directory-results")
    page = response.content.decode()
    assert page.strip().startswith('<div id="directory-results">')
    assert "<html" not in page


def test_pages_of_results(client, db):
    for n in range(25):
        make_community(name=f"Circle {n:02}", slug=f"circle-{n:02}")
    first = client.get("/communities/?sort=name")
    assert len(first.context["page"].object_list) == 20
    assert "page=2" in first.content.decode()
    second = client.get("/communities/?sort=name&page=2")
    assert [c.name for c in second.context["page"].object_list] == [f"Circle {n}" for n in range(20, 25)]
    assert client.get("/communities/?page=999").status_code == 200
    assert client.get("/communities/?page=abc").status_code == 200


def test_normalising_strips_welsh_diacritics():
    assert normalise_for_search("Ŵyl Ddewi, Tŷ Hywel, Llŷr â’r") == "wyl ddewi, ty hywel, llyr a’r"


def test_directory_filters_drop_unknown_values():
    filters = selectors.DirectoryFilters.from_query(
        {"q": " climate ", "topic": "nope", "platform": "zoom", "sort": "chaos"}, topic_slugs={"climate"}
    )
    assert filters == selectors.DirectoryFilters(q="climate", platform="zoom")


def _bulk_directory(size: int, members_per_community: int):
    topic = make_topic()
    people = [make_person(f"bulk{n}@example.org", name=f"Bulk {n}") for n in range(members_per_community)]
    communities = Community.objects.bulk_create(
        Community(
            slug=f"bulk-{n}", name=f"Bulk community {n}", summary="Bulk.", search_text=f"bulk community {n} climate"
        )
        for n in range(size)
    )
    Community.topics.through.objects.bulk_create(
        Community.topics.through(community_id=c.pk, topic_id=topic.pk) for c in communities
    )
    Membership.objects.bulk_create(
        Membership(community=c, user=p, state=MembershipState.ACTIVE) for c in communities for p in people
    )
    return people[0]


@pytest.mark.parametrize(("size", "members_per_community"), [(10, 1), (2000, 10)])
def test_directory_costs_a_fixed_number_of_queries(
    client, db, django_assert_max_num_queries, size, members_per_community
):
    person = _bulk_directory(size, members_per_community)
    assert Membership.objects.count() == size * members_per_community
    client.force_login(person)
    with django_assert_max_num_queries(8):
        response = client.get("/communities/?topic=climate&sort=members")
    assert len(response.context["page"].object_list) == min(size, 20)
    with django_assert_max_num_queries(8):
        client.get("/communities/?q=bulk+climate")
    client.logout()
    with django_assert_max_num_queries(5):
        client.get("/communities/")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
def test_postgresql_search_uses_the_stored_tsvector(directory):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM communities_community WHERE search_vector IS NOT NULL")
        assert cursor.fetchone()[0] == Community.objects.count()


def test_topic_lists_are_shared(db):
    make_topic()
    assert Topic.objects.count() == 1


def test_cards_show_the_next_session_and_filter_and_sort_by_it(client, directory):
    import time_machine

    from portal.dates import LONDON
    from sessions.recurrence import Recurrence
    from tests.factories import london, make_series

    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False):
        make_series(
            Community.objects.get(name="Compassion practices"),
            first_start=london(2026, 12, 2, 16, 0),
            recurrence=Recurrence(kind="monthly_nth", nth=1),
        )
        make_series(Community.objects.get(name="People's practice"), first_start=london(2026, 11, 25, 16, 0))
        page = client.get("/communities/?sort=next").content.decode()
        names = directory_names(client, "?sort=next")
        assert names[:2] == ["People's practice", "Compassion practices"]
        assert "Wed 25 Nov, 16:00" in page
        assert directory_names(client, "?this_month=1") == ["People's practice"]
        assert "Mer 25 Tach, 16:00" in client.get("/cy/communities/?sort=next").content.decode()
