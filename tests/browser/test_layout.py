import re

import pytest
from django.utils import timezone

from sessions.models import Occurrence

from .conftest import axe_violations, save_screenshot, sign_in

MAIN_PAGES = {
    "home": "/",
    "accessibility": "/accessibility/",
    "sign-in": "/accounts/login/",
    "create-account": "/accounts/signup/",
    "reset-password": "/accounts/password/reset/",
    "communities": "/communities/",
    "communities-search": "/communities/?q=climate&language=cy",
    "community": "/communities/cynghrair-egino/",
    "sessions": "/sessions/",
    "sessions-month": "/sessions/calendar/2026/12/",
    "session": "/sessions/{occurrence}/",
    "co-coaching": "/co-coaching/",
    "clip": "/clip/",
}
SIGNED_IN_PAGES = {
    "profile": "/accounts/profile/",
    "sign-out": "/accounts/logout/",
    "my-communities": "/communities/mine/",
    "community-members": "/communities/breathing-space/members/",
    "suggest-community": "/communities/suggest/",
    "my-calendar": "/sessions/my-calendar/",
    "digest-preview": "/notifications/digest/",
    "coaching-preferences": "/co-coaching/profile/",
    **MAIN_PAGES,
}
HOST_PAGES = {
    "edit-community": "/communities/governance-and-scrutiny/edit/",
    "members-with-requests": "/communities/governance-and-scrutiny/members/",
    "schedule-session": "/sessions/new/governance-and-scrutiny/",
    "session-for-host": "/sessions/{occurrence}/",
    "session-attendees": "/sessions/{occurrence}/attendees/",
    "session-change": "/sessions/{occurrence}/change/",
    "session-cancel": "/sessions/{occurrence}/cancel/",
    "session-series": "/sessions/{occurrence}/series/",
}
COORDINATOR_PAGES = {
    "community-suggestions": "/communities/suggestions/",
    "coaching-coordinate": "/co-coaching/coordinate/",
    "clip-import": "/clip/import/",
}


def localised(path: str, language: str) -> str:
    if "{occurrence}" in path:
        upcoming = Occurrence.objects.filter(series__community__slug="breathing-space", start__gte=timezone.now())
        path = path.replace("{occurrence}", str(upcoming.order_by("start").first().pk))
    return path if language == "en" else "/cy" + path


def test_home_page_switches_to_welsh_and_back(page, demo):
    page.goto(demo + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Cymraeg").first.click()
    page.wait_for_url(demo + "/cy/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("h1").inner_text() == "Dysgu gyda’n gilydd ar draws sector cyhoeddus Cymru"
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url(demo + "/")
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_main_pages_have_no_wcag_a_or_aa_violations_signed_out(page, demo, language):
    found = {}
    for name, path in MAIN_PAGES.items():
        page.goto(demo + localised(path, language))
        assert page.locator("html").get_attribute("lang") == language
        found[name] = axe_violations(page)
        save_screenshot(page, f"{language}-{name}")
    assert {name: v for name, v in found.items() if v} == {}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_main_pages_have_no_wcag_a_or_aa_violations_signed_in(page, demo, language):
    sign_in(page, demo, "member@cylch.example", language=language)
    found = {}
    for name, path in SIGNED_IN_PAGES.items():
        page.goto(demo + localised(path, language))
        found[name] = axe_violations(page)
    assert {name: v for name, v in found.items() if v} == {}


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize(
    ("email", "pages"),
    [("host@cylch.example", HOST_PAGES), ("coordinator@cylch.example", COORDINATOR_PAGES)],
    ids=["host", "coordinator"],
)
def test_management_pages_have_no_wcag_a_or_aa_violations(page, demo, language, email, pages):
    sign_in(page, demo, email, language=language)
    found = {}
    for name, path in pages.items():
        page.goto(demo + localised(path, language))
        found[name] = axe_violations(page)
        save_screenshot(page, f"{language}-{name}")
    assert {name: v for name, v in found.items() if v} == {}


REFLOW_VIEWPORTS = [
    {"width": 320, "height": 640},  # WCAG 1.4.10's 320 CSS pixels
    {"width": 640, "height": 450},  # 200 % zoom on a 1280 px window lays the page out at 640 CSS pixels
]
# Links a crawl does not follow: downloads, feeds, other sites, the admin, one-off token links.
NOT_PAGES = re.compile(
    r"(\.(ics|csv|json|pdf)$)|^/(cy/)?(admin|i18n|notifications/unsubscribe|calendar|static|media)/|/logout/$"
)
PAGES_PER_ROLE = 70


def _page_pattern(path: str) -> str:
    """/sessions/412/attendees/ and /sessions/413/attendees/ are one page to check."""
    path = re.sub(r"^/communities/(?!mine/|suggest/|suggestions/)[^/]+/", "/communities/S/", path)
    return re.sub(r"/\d+(?=/|$)", "/N", re.sub(r"/(actions|pairs)/[^/]+/", r"/\1/X/", path))


def pages_a_role_can_reach(page, base_url: str) -> tuple[list[str], dict[str, str]]:
    """Every kind of page reachable by links from the home page (one address per kind), as the signed-in role,
    and the links that led nowhere (address: the page that linked to it, and what came back)."""
    from playwright.sync_api import Error as PlaywrightError

    queue, seen_patterns, found, broken = [("/", "")], set(), [], {}
    while queue and len(found) < PAGES_PER_ROLE:
        path, linked_from = queue.pop(0)
        pattern = _page_pattern(path.split("?")[0])
        if pattern in seen_patterns:
            continue
        seen_patterns.add(pattern)
        try:
            response = page.goto(base_url + path)
        except PlaywrightError as error:
            broken[path] = f"linked from {linked_from}: {error.message.splitlines()[0]}"
            continue
        if response is None or response.status != 200:
            broken[path] = f"linked from {linked_from}: {response.status if response else 'no response'}"
            continue
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        found.append(path)
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
            href = href.split("#")[0]
            if href.startswith(base_url):
                href = href[len(base_url) :]
            if href.startswith("/") and not href.startswith("//") and not href.startswith("/cy/"):
                if not NOT_PAGES.search(href.split("?")[0]):
                    queue.append((href, path))
    return found, broken


def _too_wide_at(page, label: str, too_wide: dict) -> None:
    """Lays the loaded page out at each reflow width and notes any width it overflows."""
    for viewport in REFLOW_VIEWPORTS:
        page.set_viewport_size(viewport)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            too_wide[f"{label} at {viewport['width']}px"] = width


@pytest.mark.parametrize(
    "role", [None, "member", "host", "coordinator"], ids=["signed-out", "member", "host", "coordinator"]
)
def test_every_page_a_role_reaches_reflows_without_horizontal_scrolling(chromium, demo, role):
    context = chromium.new_context(viewport=REFLOW_VIEWPORTS[0], device_scale_factor=1)
    context.set_default_timeout(15_000)
    page = context.new_page()
    if role:
        sign_in(page, demo, f"{role}@cylch.example")
    paths, broken_links = pages_a_role_can_reach(page, demo)
    assert broken_links == {}
    too_wide = {}
    for path in paths:
        for prefix in ["", "/cy"]:
            page.goto(demo + prefix + path)
            _too_wide_at(page, prefix + path, too_wide)
    context.close()
    assert len(paths) >= (10 if role is None else 15), paths
    assert too_wide == {}, "\n".join(f"{address}: {width}px" for address, width in too_wide.items())


def test_skip_link_is_the_first_tab_stop_and_focus_is_visible(page, demo):
    page.goto(demo + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const el = document.activeElement; const s = getComputedStyle(el);"
        " return {text: el.textContent.trim(), outline: s.outlineStyle, shadow: s.boxShadow, bg: s.backgroundColor}; }"
    )
    assert focused["text"] == "Skip to main content"
    # GOV.UK focus style: a yellow background with a thick underline (box-shadow) or an outline.
    assert focused["outline"] != "none" or focused["shadow"] != "none"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main-content")
