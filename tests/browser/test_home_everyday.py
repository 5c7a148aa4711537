"""Issue 17, the personal home and the profile in a real browser: what waits for a member, a host and a
coordinator in English and Welsh on a desktop and a phone (each link opening), the profile's pages saving
independently, and the icons loading with no 404 anywhere."""

import os

import pytest

from accounts.models import User
from notifications.selectors import notification_settings_for

from .conftest import axe_violations, save_screenshot, sign_in

WIDTHS = (1280, 375)

# What each demo person must find under "What waits for you" (data-item of each entry), and what they must not.
EXPECTED_ITEMS = {
    "member@cylch.example": ({"clip-updates"}, {"join-requests", "suggestions", "proposals", "pool"}),
    "host@cylch.example": ({"join-requests", "clip-updates"}, {"suggestions", "proposals", "pool"}),
    "coordinator@cylch.example": ({"proposals", "pool"}, {"join-requests"}),
}
WELSH_HEADING = "Beth sy’n aros amdanoch chi"  # "What waits for you", from var/tr-home.json once merged


def _page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def _failed_responses(page) -> list[str]:
    failed = []
    page.on(
        "response",
        lambda response: failed.append(f"{response.status} {response.url}") if response.status >= 400 else None,
    )
    return failed


def _links_in(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "links => links.map(link => link.href)")


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("email", sorted(EXPECTED_ITEMS))
def test_the_home_shows_each_person_what_waits_for_them(page, demo, email, language):
    prefix = "/cy" if language == "cy" else ""
    failed = _failed_responses(page)
    sign_in(page, demo, email, language=language)
    wanted, unwanted = EXPECTED_ITEMS[email]
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{demo}{prefix}/")
        assert page.locator("html").get_attribute("lang") == language
        items = set(page.eval_on_selector_all("#waiting [data-item]", "items => items.map(i => i.dataset.item)"))
        assert wanted <= items, f"{email} misses {wanted - items}"
        assert not items & unwanted, f"{email} sees {items & unwanted}"
        assert _page_width(page) <= width, f"the home page is {_page_width(page)} px wide at {width} px"
        assert page.locator("#going-heading").is_visible() and page.locator("#unanswered-heading").is_visible()
    welsh_heading = page.locator("#waiting-heading").inner_text()

    # Every action is one click away and opens (no 403/404/500), in the page's language.
    links = _links_in(page, "#waiting a, #going a, #unanswered a")
    assert links
    for href in links:
        if language == "cy":
            assert f"{demo}/cy/" in href, href
        response = page.request.get(href)
        assert response.status == 200, f"{href} answered {response.status}"
    # Following the first one in the browser lands on that page.
    first = page.locator("#waiting a").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith(target)
    assert failed == []
    if language == "cy":  # last: the Welsh comes with the lead's merge of var/tr-home.json
        assert WELSH_HEADING in welsh_heading


def test_the_members_home_lists_their_sessions_with_the_waiting_list_marked(page, demo):
    from sessions.models import Rsvp, RsvpStatus

    member = User.objects.get(email="member@cylch.example")
    rsvp = Rsvp.objects.filter(user=member, status=RsvpStatus.GOING, occurrence__cancelled_at=None).first()
    rsvp.status = RsvpStatus.WAITING
    rsvp.save(update_fields=["status"])
    sign_in(page, demo, "member@cylch.example")
    page.goto(demo + "/")
    going = page.locator("#going").inner_text()
    assert "On the waiting list" in going
    assert "Times are UK time." in going
    assert page.locator("#unanswered li").count() >= 1
    assert axe_violations(page) == []


def test_profile_pages_save_independently(page, demo):
    failed = _failed_responses(page)
    sign_in(page, demo, "member@cylch.example")
    member = User.objects.get(email="member@cylch.example")

    page.goto(demo + "/accounts/profile/")
    page.locator(".cylch-subnav").get_by_role("link", name="Emails and reminders").click()
    page.get_by_label("Weekly").check()
    page.get_by_role("button", name="Save email settings").click()
    page.get_by_text("Your email settings have been saved.").wait_for()
    assert notification_settings_for(user=member).digest == "weekly"

    page.locator(".cylch-subnav").get_by_role("link", name="Your details").click()
    page.get_by_label("Organisation").fill("Natural Resources Wales (Bangor)")
    page.get_by_label("English", exact=True).check()  # Siân reads Welsh: keep this page in English
    page.get_by_role("button", name="Save your profile").click()
    page.get_by_text("Your profile has been saved.").wait_for()
    member.refresh_from_db()
    assert member.organisation == "Natural Resources Wales (Bangor)"
    assert notification_settings_for(user=member).digest == "weekly"  # the details' save kept the digest choice

    # A mistake on one page shows beside the field and in the summary, and leaves the other page's choice alone.
    page.get_by_label("Your name").fill("")
    page.get_by_role("button", name="Save your profile").click()
    assert page.locator(".govuk-error-summary").get_by_text("Enter your name").is_visible()
    assert page.locator(".govuk-error-message").get_by_text("Enter your name").is_visible()
    member.refresh_from_db()
    assert member.display_name == "Siân Evans"

    for name, heading in [
        ("Your calendar", "Your calendar"),
        ("Sign-in and security", "Sign-in and security"),
        ("Your data", "Your data"),
    ]:
        page.locator(".cylch-subnav").get_by_role("link", name=name).click()
        page.get_by_role("heading", level=1, name=heading).wait_for()
        assert page.locator('.cylch-subnav [aria-current="page"]').inner_text() == name
    page.locator(".cylch-subnav").get_by_role("link", name="Sign-in and security").click()
    page.locator("main").get_by_role("link", name="Change your password").click()
    page.get_by_role("heading", level=1, name="Change your password").wait_for()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    assert _page_width(page) <= 375
    page.goto(demo + "/accounts/email/")
    assert _page_width(page) <= 375
    assert axe_violations(page) == []
    assert failed == []


def test_the_icons_load_and_nothing_404s(page, demo):
    failed = _failed_responses(page)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(demo + "/")
    for href in _links_in(page, "link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]"):
        assert page.request.get(href).status == 200, href
    assert page.request.get(demo + "/favicon.ico").status == 200
    assert failed == [] and errors == []


def test_after_screenshots_of_the_members_home(page, demo):
    suffix = os.environ.get("HOME_SCREENSHOTS", "after")
    sign_in(page, demo, "member@cylch.example")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo + "/")
    assert _page_width(page) <= 375
    save_screenshot(page, f"home-phone-{suffix}")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo + "/")
    save_screenshot(page, f"home-desktop-{suffix}")
