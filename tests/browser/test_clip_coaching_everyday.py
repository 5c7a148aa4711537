"""Issue 17 in the browser: the CLIP and co-coaching pages fit a phone and a desktop without sideways scrolling,
the CLIP counts table is whole at 1280 px, the status chart carries its numbers, co-coaching form errors sit beside
their fields (not in a banner) in English and Welsh, and an over-long CLIP update keeps its text."""

import pytest

from accounts.models import User
from clip_tracker.models import ReportingPeriod
from coaching import services as coaching_services
from coaching.models import CoachingProfile, Pair
from tests.factories import coaching_opt_in, coaching_round_run

from .conftest import sign_in

WIDTHS = [320, 375, 640, 1280]


def _sideways_overflow(page) -> int:
    """How far the page scrolls sideways, in CSS pixels (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def _fits(page, base, path, width) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base + path)
    assert _sideways_overflow(page) <= 0, f"{path} scrolls sideways at {width} px"


def test_clip_and_coordinate_pages_fit_phones_and_desktops_and_the_counts_table_is_whole(page, demo):
    sign_in(page, demo, "coordinator@cylch.example")
    period = ReportingPeriod.objects.order_by("-starts_on").first()
    paths = [
        "/clip/",
        "/co-coaching/coordinate/",
        "/co-coaching/",
        "/co-coaching/profile/",
        "/clip/periods/",
        f"/clip/periods/{period.pk}/",
        f"/clip/periods/{period.pk}/edit/",
        f"/clip/periods/{period.pk}/key-terms/",
        f"/clip/periods/{period.pk}/actions/1.1/narrative/",
        f"/clip/report/{period.pk}/publish/",
        f"/clip/report/{period.pk}/",
        "/clip/actions/1.1/",
        "/clip/mine/",
        "/clip/import/",
        "/cy/clip/",
        "/cy/co-coaching/coordinate/",
    ]
    for width in WIDTHS:
        for path in paths:
            _fits(page, demo, path, width)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo + "/clip/")
    table = page.locator(".cylch-counts-table")
    region = page.locator(".cylch-table-scroll", has=table)
    # Entirely visible: the table is no wider than its box, so nothing is cut off or hidden behind a scroll.
    widths = region.evaluate("box => [box.scrollWidth, box.clientWidth]")
    assert widths[0] <= widths[1], f"the counts table is cut off at 1280 px: {widths}"
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("role") == "region"
    assert region.get_attribute("aria-label")

    # At 375 px the table may scroll, but inside its own region, which the keyboard can reach.
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(demo + "/clip/")
    assert _sideways_overflow(page) <= 0
    region.focus()
    assert page.evaluate("document.activeElement.classList.contains('cylch-table-scroll')")


def test_the_status_chart_shows_its_numbers(page, demo):
    sign_in(page, demo, "member@cylch.example")
    page.goto(demo + "/clip/")
    numbers = page.locator(".cylch-chart__number").all_text_contents()
    assert numbers and all(number.isdigit() for number in numbers)
    words = page.locator(".cylch-chart__counts").first.inner_text()
    assert any(character.isdigit() for character in words) and any(character.isalpha() for character in words)


def test_an_over_long_clip_update_keeps_its_text(page, demo):
    sign_in(page, demo, "coordinator@cylch.example")
    page.goto(demo + "/clip/actions/1.1/")
    text = "We met the board and agreed the next steps. " * 150  # 6,600 characters
    page.locator("#id_narrative").fill(text)
    page.get_by_role("button", name="Add update").click()
    error = page.locator("#id_narrative-error")
    assert "must be 6,000 characters or fewer (you have written 6,599)" in error.inner_text()
    assert page.locator("#id_narrative").input_value().strip() == text.strip()
    assert page.locator(".govuk-error-summary").is_visible()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Enter your agreed rhythm in a few words"),
        # A new string: Welsh once the lead merges var/tr-clipcoach.json.
        ("cy", "Rhowch eich rhythm y cytunwyd arno mewn ychydig eiriau"),
    ],
)
def test_a_coaching_form_error_is_beside_its_field_not_in_a_banner(page, demo, language, message):
    CoachingProfile.objects.all().delete()
    member = User.objects.get(email="member@cylch.example")
    staff = User.objects.get(email="staff@cylch.example")
    coaching_opt_in(member)
    coaching_opt_in(staff)
    coaching_round_run(User.objects.get(email="coordinator@cylch.example"))
    pair = Pair.objects.get()
    coaching_services.pair_accept(pair=pair, user=member)
    coaching_services.pair_accept(pair=pair, user=staff)

    sign_in(page, demo, "member@cylch.example", language=language)
    prefix = "/cy" if language == "cy" else ""
    page.goto(f"{demo}{prefix}/co-coaching/pairs/{pair.pk}/")
    page.locator("#id_rhythm").fill("")
    page.locator("form[action$='/rhythm/'] button[type=submit]").click()
    beside = page.locator("#id_rhythm-error")
    assert beside.is_visible()
    assert message in beside.inner_text()
    # Beside the field: inside the rhythm field's own form group, and listed in the error summary, never a banner.
    group = page.locator(".govuk-form-group--error", has=page.locator("#id_rhythm"))
    assert group.locator("#id_rhythm-error").count() == 1
    assert message in page.locator(".govuk-error-summary").inner_text()
    assert page.locator(".govuk-notification-banner").count() == 0

    # A meeting dated before the pair existed is refused beside the date.
    page.locator("#id_held_on").fill("2020-01-01")
    page.locator("form[action$='/meeting/'] button[type=submit]").click()
    assert page.locator("#id_held_on-error").is_visible()
    assert pair.meetings.count() == 0
