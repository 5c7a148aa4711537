"""Issue 17, communities, in a real browser: the members page on a phone, removing a member and leaving after a
confirmation page, Join updating the count and the message at the top, and the directory's filters on a phone."""

import re

import pytest

from communities.models import CommunityEmailKind, Membership, MembershipState
from notifications.models import OutboundEmail

from .conftest import SCREENSHOTS, axe_violations, sign_in

PHONE = {"width": 375, "height": 667}
MEMBERS = "/communities/governance-and-scrutiny/members/"


def _page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def _above(page, upper: str, lower: str) -> bool:
    return page.locator(upper).first.bounding_box()["y"] < page.locator(lower).first.bounding_box()["y"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_members_page_fits_a_phone_for_a_host(page, demo, language):
    prefix = "/cy" if language == "cy" else ""
    sign_in(page, demo, "host@cylch.example", language=language)
    for width in (375, 320):
        page.set_viewport_size({"width": width, "height": 667})
        page.goto(f"{demo}{prefix}{MEMBERS}")
        assert _page_width(page) <= width, f"the members page is {_page_width(page)} px wide at {width} px"
        # Every "Remove" button is on the screen, not past its right edge.
        for box in [b.bounding_box() for b in page.locator("main .govuk-button--warning").all()]:
            assert box["x"] + box["width"] <= width
    assert axe_violations(page) == []
    if language == "en":
        page.set_viewport_size(PHONE)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "members-phone-after.png"), full_page=True)


@pytest.mark.parametrize(
    ("email", "paths"),
    [
        ("host@cylch.example", [MEMBERS, "/communities/mine/", "/communities/governance-and-scrutiny/edit/"]),
        ("coordinator@cylch.example", ["/communities/suggestions/", "/communities/"]),
        ("member@cylch.example", ["/communities/breathing-space/leave/", "/communities/mine/"]),
    ],
)
def test_community_pages_have_no_sideways_scroll_at_320_and_at_200_percent_zoom(page, demo, email, paths):
    sign_in(page, demo, email)
    for prefix in ("", "/cy"):
        for width in (320, 640):
            page.set_viewport_size({"width": width, "height": 700})
            for path in paths:
                page.goto(f"{demo}{prefix}{path}")
                assert _page_width(page) <= width, f"{prefix}{path} is {_page_width(page)} px wide at {width} px"


def test_a_host_removes_a_member_after_a_confirmation_page(page, demo):
    page.set_viewport_size(PHONE)
    sign_in(page, demo, "host@cylch.example")
    page.goto(demo + MEMBERS)
    page.get_by_role("button", name="Remove Aled Jenkins").click()
    page.wait_for_url(re.compile(r"/members/\d+/remove/$"))
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Remove Aled Jenkins?"
    text = page.locator("main").inner_text()
    assert "joining links" in text and "coming sessions will be given up" in text and "email them" in text
    assert axe_violations(page) == []
    assert Membership.objects.get(
        user__display_name="Aled Jenkins", community__slug="governance-and-scrutiny"
    ).is_active

    page.get_by_role("button", name="Remove Aled Jenkins").click()
    page.wait_for_url(re.compile(r"/members/$"))
    banner = page.locator("#cylch-messages .govuk-notification-banner")
    assert "Aled Jenkins has been removed from Governance and scrutiny" in banner.inner_text()
    assert _above(page, "#cylch-messages .govuk-notification-banner", "main h1")
    assert "Aled Jenkins" not in page.locator("main table").last.inner_text()
    membership = Membership.objects.get(user__display_name="Aled Jenkins", community__slug="governance-and-scrutiny")
    assert membership.state == MembershipState.REMOVED
    email = OutboundEmail.objects.get(kind=CommunityEmailKind.MEMBER_REMOVED, recipient=membership.user)
    assert email.template_prefix == "communities/email/member_removed"


def test_joining_with_htmx_updates_the_count_and_shows_the_message_at_the_top(page, demo):
    sign_in(page, demo, "staff@cylch.example")
    page.goto(demo + "/communities/compassion-practices/")
    count = page.locator("#member-count")
    before = int(re.search(r"\d+", count.inner_text()).group())
    page.get_by_role("button", name="Join this community").click()
    page.get_by_role("button", name="Leave this community").wait_for()
    assert page.url.endswith("/communities/compassion-practices/")  # no page load: htmx swapped the panel
    page.wait_for_function(
        "n => /\\d+/.test(document.getElementById('member-count').innerText)"
        " && parseInt(document.getElementById('member-count').innerText.match(/\\d+/)[0]) === n",
        arg=before + 1,
    )
    assert "See the" in count.inner_text()  # members get the link to the member list
    banner = page.locator("#cylch-messages .govuk-notification-banner")
    assert "You have joined Compassion" in banner.inner_text()
    assert _above(page, "#cylch-messages .govuk-notification-banner", "main h1")
    assert page.locator("#membership-panel .govuk-notification-banner").count() == 0
    assert page.evaluate("document.activeElement.closest('#cylch-messages') !== null")


def test_leaving_with_htmx_asks_first_then_updates_the_count(page, demo):
    sign_in(page, demo, "member@cylch.example")
    page.goto(demo + "/communities/breathing-space/")
    before = int(re.search(r"\d+", page.locator("#member-count").inner_text()).group())
    page.get_by_role("button", name="Leave this community").click()
    panel = page.locator("#membership-panel")
    panel.get_by_role("heading", name=re.compile(r"^Leave .*\?$")).wait_for()
    assert "coming sessions will be given up" in panel.inner_text()
    assert "join again at any time" in panel.inner_text()
    assert page.evaluate("document.activeElement.closest('#membership-panel') !== null")  # focus moved in
    assert axe_violations(page) == []
    assert Membership.objects.get(user__email="member@cylch.example", community__slug="breathing-space").is_active
    panel.get_by_role("button", name=re.compile(r"^Leave ")).click()
    page.get_by_role("button", name="Join this community").wait_for()
    assert int(re.search(r"\d+", page.locator("#member-count").inner_text()).group()) == before - 1
    assert "You have left" in page.locator("#cylch-messages").inner_text()
    membership = Membership.objects.get(user__email="member@cylch.example", community__slug="breathing-space")
    assert membership.state == MembershipState.LEFT


def test_leaving_without_javascript_goes_through_the_confirmation_page(chromium, demo):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, demo, "member@cylch.example", language="cy")
        page.goto(demo + "/cy/communities/peoples-practice/")
        page.locator("#membership-panel a.govuk-button").click()
        page.wait_for_url(re.compile(r"/cy/communities/peoples-practice/leave/$"))
        assert "Ymarfer y bobl" in page.get_by_role("heading", level=1).inner_text()
        page.locator("main form button.govuk-button--warning").click()
        page.wait_for_url(re.compile(r"/cy/communities/peoples-practice/$"))
        assert page.locator("#cylch-messages .govuk-notification-banner").count() == 1
        assert "Ymarfer y bobl" in page.locator("#cylch-messages").inner_text()
        membership = Membership.objects.get(user__email="member@cylch.example", community__slug="peoples-practice")
        assert membership.state == MembershipState.LEFT
    finally:
        context.close()


def test_the_directory_filters_wait_behind_a_disclosure_on_a_phone(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(demo + "/communities/?platform=teams")
    filters = page.locator("#directory-filters")
    assert filters.evaluate("details => details.open") is False
    assert "Filter (1 applied)" in " ".join(filters.locator("summary").inner_text().split())
    assert page.get_by_label("Platform").is_visible() is False
    first_result = page.locator("#directory-results .cylch-card").first
    assert first_result.bounding_box()["y"] < PHONE["height"], "the first result is below the fold"
    filters.locator("summary").click()
    assert page.get_by_label("Platform").is_visible()

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo + "/communities/")
    assert page.locator("#directory-filters").evaluate("details => details.open") is True
    assert page.get_by_label("Platform").is_visible()
