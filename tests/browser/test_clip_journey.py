from clip_tracker.models import Action, ReportingPeriod

from .conftest import axe_violations, save_screenshot, sign_in


def test_holder_updates_coordinator_changes_status_and_the_public_report_shows_it(page, demo):
    sign_in(page, demo, "host@cylch.example")  # Dafydd holds action 1.7
    page.goto(demo + "/clip/mine/")
    page.locator("main a", has_text="1.7").first.click()
    page.get_by_label("Progress this period (English)").fill("The evaluation plan was agreed with the steering group.")
    page.get_by_label("Status you propose (optional)").select_option(label="On track")
    page.get_by_role("button", name="Add update").click()
    page.get_by_text("Your update has been added.").wait_for()
    assert axe_violations(page) == []
    page.context.clear_cookies()

    sign_in(page, demo, "coordinator@cylch.example", language="en")
    page.goto(demo + "/clip/actions/1.7/")
    page.get_by_label("New status").select_option(label="On track")
    page.get_by_label("Why is it changing?").fill("Plan agreed; on schedule for the spring.")
    page.get_by_role("button", name="Change status").click()
    page.get_by_text("The status has been changed.").wait_for()
    assert Action.objects.get(number="1.7").status == "on_track"
    current = ReportingPeriod.objects.get(label="February 2024 – February 2025")
    page.goto(f"{demo}/clip/report/{current.pk}/")
    page.get_by_role("button", name="Publish this report").click()
    page.get_by_text("The report has been published.").wait_for()
    page.context.clear_cookies()

    page.goto(f"{demo}/clip/report/{current.pk}/")
    text = page.locator("main").inner_text()
    assert "The evaluation plan was agreed with the steering group." in text
    assert axe_violations(page) == []
    page.goto(f"{demo}/cy/clip/report/{current.pk}/")
    assert "Adroddiad cynnydd" in page.locator("main").inner_text()
    save_screenshot(page, "cy-clip-report")


def test_clip_pages_have_no_wcag_a_or_aa_violations(page, demo):
    published = ReportingPeriod.objects.get(label="February 2023 – February 2024")
    page.goto(f"{demo}/clip/report/{published.pk}/")
    assert axe_violations(page) == []
    sign_in(page, demo, "coordinator@cylch.example", language="cy")
    for path in ["/cy/clip/", "/cy/clip/actions/4.5/", "/cy/clip/mine/"]:
        page.goto(demo + path)
        assert axe_violations(page) == [], path
    save_screenshot(page, "cy-clip-mine")
    page.goto(demo + "/clip/")
    save_screenshot(page, "en-clip-dashboard")
