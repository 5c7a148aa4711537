import re

import pytest

from communities.models import Membership, MembershipState

from .conftest import sign_in

TEXT = {
    "en": {
        "search": "Search communities",
        "language": "Language of meetings",
        "welsh": "Welsh",
        "apply": "Apply filters",
        "join": "Ask to join",
        "sent": "Request sent",
        "mine": "My communities",
        "withdraw": "Withdraw your request",
        "open_join": "Join this community",
        "leave": "Leave this community",
    },
    "cy": {
        "search": "Chwilio cymunedau",
        "language": "Iaith y cyfarfodydd",
        "welsh": "Cymraeg",
        "apply": "Hidlo",
        "join": "Gofyn i ymuno",
        "sent": "Cais wedi’i anfon",
        "mine": "Fy nghymunedau",
        "withdraw": "Tynnu eich cais yn ôl",
        "open_join": "Ymuno â’r gymuned hon",
        "leave": "Gadael y gymuned hon",
    },
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_find_by_search_and_filter_join_see_it_under_my_communities_and_leave(page, demo, language):
    words = TEXT[language]
    prefix = "/cy" if language == "cy" else ""
    sign_in(page, demo, "staff@cylch.example", language=language)
    page.goto(f"{demo}{prefix}/communities/")
    page.get_by_label(words["search"]).fill("climate")
    page.get_by_label(words["language"]).select_option(label=words["welsh"])
    page.get_by_role("button", name=words["apply"]).click()
    page.wait_for_url(re.compile(r"q=climate.*language=cy|language=cy.*q=climate"))
    results = page.locator("#directory-results .cylch-card h3")
    results.first.wait_for()
    names = results.all_inner_texts()
    expected = "Cynghrair Egino" if language == "cy" else "The Edgy Alliance"
    # Welsh-language includes bilingual groups; both are about the climate.
    assert expected in names
    assert ("Housing decarbonisation" if language == "en" else "Datgarboneiddio tai") in names

    page.get_by_role("link", name=expected).click()
    page.get_by_role("button", name=words["join"]).click()
    page.locator("#membership-panel").get_by_text(words["sent"], exact=True).wait_for()
    page.goto(f"{demo}{prefix}/communities/")
    page.get_by_role("link", name=words["mine"]).click()
    assert expected in page.locator("main").inner_text()

    # An open community: join, then leave, all from its page.
    page.goto(f"{demo}{prefix}/communities/peoples-practice/")
    page.get_by_role("button", name=words["open_join"]).click()
    page.get_by_role("button", name=words["leave"]).wait_for()
    page.goto(f"{demo}{prefix}/communities/mine/")
    assert ("People's practice" if language == "en" else "Ymarfer y bobl") in page.locator("main").inner_text()
    page.goto(f"{demo}{prefix}/communities/peoples-practice/")
    page.get_by_role("button", name=words["leave"]).click()
    # Leaving asks first, saying what will happen.
    page.locator("#membership-panel button.govuk-button--warning").click()
    page.get_by_role("button", name=words["open_join"]).wait_for()
    membership = Membership.objects.get(community__slug="peoples-practice", user__email="staff@cylch.example")
    assert membership.state == MembershipState.LEFT
    assert list(membership.events.values_list("kind", flat=True)) == ["joined", "left"]


def test_joining_works_without_javascript(chromium, demo):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, demo, "staff@cylch.example")
    page.goto(demo + "/communities/?q=people")
    page.get_by_role("link", name="People's practice").click()
    page.get_by_role("button", name="Join this community").click()
    page.get_by_text("You have joined People's practice.").wait_for()
    assert Membership.objects.get(community__slug="peoples-practice", user__email="staff@cylch.example").is_active
    context.close()


def test_a_host_approves_a_request_with_the_keyboard(page, demo):
    sign_in(page, demo, "host@cylch.example")
    page.goto(demo + "/communities/governance-and-scrutiny/members/")
    approve = page.get_by_role("button", name="Approve Tom Hughes")
    approve.focus()
    page.keyboard.press("Enter")
    page.get_by_text("Tom Hughes is now a member.").wait_for()
    membership = Membership.objects.get(community__slug="governance-and-scrutiny", user__email="staff@cylch.example")
    assert membership.state == MembershipState.ACTIVE
