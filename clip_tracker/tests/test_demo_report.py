"""The demo CLIP reproduces the February 2024 progress report as it was structured, and leaves the next period ready
for a coordinator."""

import pytest
from django.db.models import Count

from accounts.demo import demo_people_create
from clip_tracker.demo import demo_clip_create
from clip_tracker.models import (
    Action,
    ActionNarrative,
    KeyTerm,
    ProgressUpdate,
    ProposalOutcome,
    PublishedReport,
    ReportingPeriod,
    ThemePeriodNote,
)
from communities.demo import demo_communities_create


@pytest.fixture
def demo(db):
    people, _password = demo_people_create()
    by_role = {role: user for user, role in people}
    demo_communities_create(people=by_role)
    count = demo_clip_create(people=by_role)
    published, current = ReportingPeriod.objects.order_by("starts_on")
    return {"count": count, "people": by_role, "published": published, "current": current}


def test_demo_has_all_51_actions_each_with_holders_a_lead_a_department_and_tags(demo):
    assert demo["count"] == Action.objects.count() == 51
    actions = Action.objects.annotate(holder_count=Count("holders", distinct=True), tag_count=Count("topics"))
    assert not actions.filter(holder_count=0).exists()
    assert not actions.filter(holder_count__gt=3).exists()
    assert not actions.filter(department=None).exists()
    assert not actions.filter(tag_count=0).exists()
    for action in Action.objects.select_related("lead_holder").prefetch_related("holders"):
        assert action.lead_holder in action.holders.all(), action.number


def test_demo_sign_ins_hold_the_actions_they_are_shown(demo):
    people = demo["people"]
    held = {
        role: set(Action.objects.filter(holders=people[role]).values_list("number", flat=True))
        for role in ("host", "staff", "member")
    }
    assert held == {"host": {"1.7", "2.6", "3.8"}, "staff": {"2.10"}, "member": {"4.7", "6.2"}}


def test_first_report_has_one_narrative_per_action_and_4_5_is_told_with_4_2(demo):
    published = demo["published"]
    narratives = ActionNarrative.objects.filter(period=published)
    assert narratives.count() == 50
    assert not narratives.filter(action__number="4.5").exists()
    assert narratives.filter(action__number="4.2").count() == 1
    assert Action.objects.get(number="4.5").reported_with == Action.objects.get(number="4.2")
    assert not narratives.filter(narrative_cy="").exists()


def test_first_report_has_its_key_terms_theme_sections_and_text_in_both_languages(demo):
    published = demo["published"]
    terms = KeyTerm.objects.filter(period=published)
    assert terms.count() >= 22
    assert not terms.filter(term_cy="").exists() and not terms.filter(definition_cy="").exists()
    notes = ThemePeriodNote.objects.filter(period=published)
    assert notes.count() == 6
    for field in ("introduction", "learning", "top_tips"):
        assert not notes.filter(**{field: ""}).exists() and not notes.filter(**{f"{field}_cy": ""}).exists()
    for field in ("report_title", "introduction", "progress_preamble", "conclusion", "contact"):
        assert getattr(published, field) and getattr(published, f"{field}_cy"), field
    assert "mailto:Sustainable.Futures@gov.wales" in published.contact


def test_first_period_is_published_and_the_second_is_current_and_open_with_proposals_waiting(demo):
    published, current = demo["published"], demo["current"]
    assert published.is_closed and not published.is_current
    assert str(published.publication_date) == "2024-05-23"
    assert PublishedReport.objects.filter(period=published).count() == 6  # html, csv and json in each language
    assert current.is_current and not current.is_closed
    assert current.report_title and current.report_title_cy
    updates = ProgressUpdate.objects.filter(period=current)
    assert updates.count() == 8
    assert updates.filter(proposal_outcome=ProposalOutcome.PENDING).count() == 2
    assert not ActionNarrative.objects.filter(period=current).exists()


def test_statuses_follow_what_the_report_says(demo):
    statuses = dict(Action.objects.filter(number__in=["2.11", "3.6", "6.6"]).values_list("number", "status"))
    # 2.11: the strategy is the standing framework, nothing left to deliver; 3.6 and 6.6 are still under way.
    assert statuses == {"2.11": "closed", "3.6": "in_progress", "6.6": "in_progress"}


def test_demo_clip_is_created_once(demo):
    people = demo["people"]
    counts = (Action.objects.count(), ActionNarrative.objects.count(), ProgressUpdate.objects.count())
    assert demo_clip_create(people=people) == 51
    assert (Action.objects.count(), ActionNarrative.objects.count(), ProgressUpdate.objects.count()) == counts


# The published February 2024 update's sections, in its order (see the seed), as our headings name them.
SEED_SECTIONS = {
    "en": [
        "Contents",
        "Introduction",
        "Our progress",
        *[f"Theme {n}:" for n in range(1, 7)],
        "Conclusion",
        "Key terms",
    ],
    "cy": [
        "Cynnwys",
        "Cyflwyniad",
        "Ein cynnydd",
        *[f"Thema {n}:" for n in range(1, 7)],
        "Casgliad",
        "Termau allweddol",
    ],
}


CONTACT = {"en": "How to contact us", "cy": "Sut i gysylltu â ni"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_demo_report_printed_to_a4_has_the_published_sections_in_order(client, demo, language):
    """The Done-when of issue 15: the demo's February 2024 report, as its PDF, has the seed's sections in the seed's
    order; every theme starts a page, and the last page is not empty."""
    import io

    from pypdf import PdfReader

    prefix = "/cy" if language == "cy" else ""
    response = client.get(f"{prefix}/clip/report/{demo['published'].pk}.pdf")
    assert response.status_code == 200
    pages = [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in PdfReader(io.BytesIO(response.content)).pages
    ]
    assert round(float(PdfReader(io.BytesIO(response.content)).pages[0].mediabox.width) * 25.4 / 72) == 210  # A4
    lines = [(number, line) for number, page in enumerate(pages) for line in page[:-1]]  # page numbers left out
    contents_at = next(i for i, (_n, line) in enumerate(lines) if line == SEED_SECTIONS[language][0])
    # The contents list ends with "how to contact us"; the sections themselves follow it.
    contents_end = next(i for i, (_n, line) in enumerate(lines) if i > contents_at and line == CONTACT[language])
    assert lines[contents_at][0] == 1  # the cover has page 1 to itself, the contents open page 2
    found = []
    for section in SEED_SECTIONS[language][1:]:
        found.append(
            next(
                i
                for i, (_n, line) in enumerate(lines)
                if i > contents_end and (line == section or (section.endswith(":") and line.startswith(section)))
            )
        )
    assert found == sorted(found)
    for number in range(1, 7):
        heading = SEED_SECTIONS[language][2 + number]
        assert any(page[0].startswith(heading) for page in pages), heading  # each theme at the top of a page
    assert len(pages[-1]) > 2  # real content on the last page, not just its number
