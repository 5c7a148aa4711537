"""The CLIP tracker in the browser: holders write updates, coordinators run a reporting period from opening it to
publishing its report, and anyone can read the published report.

The Welsh journey finds every label, button and message by its Welsh wording (``WORDS["cy"]``); date fields, whose
labels come from the model, are found by their ids in both languages."""

import re

import pytest
from playwright.sync_api import expect

from clip_tracker.models import Action, ActionNarrative, ProgressUpdate, ReportingPeriod

from .conftest import axe_violations, save_screenshot, sign_in

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

NEW_PERIOD = {
    "label": "December 2025 – November 2026",
    "label_cy": "Rhagfyr 2025 – Tachwedd 2026",
    "starts_on": "2025-12-01",
    "ends_on": "2026-11-30",
    "update_deadline": "2026-12-15",
}
GUIDANCE = "https://www.gov.wales/guidance"
CANLLAWIAU = "https://www.llyw.cymru/canllawiau"
# The holder's two updates (the first a Markdown list with a link) and the coordinator's words added on top.
FIRST_UPDATE = f"- met the programme board in December\n- published [the guidance]({GUIDANCE})"
FIRST_UPDATE_CY = f"- cyfarfod â bwrdd y rhaglen ym mis Rhagfyr\n- cyhoeddi [y canllawiau]({CANLLAWIAU})"
SECOND_UPDATE = "The evaluation plan was agreed with the steering group."
SECOND_UPDATE_CY = "Cytunwyd ar y cynllun gwerthuso gyda’r grŵp llywio."
SUMMARY = "Summary for the report: the evaluation of the Act is under way."
SUMMARY_CY = "Crynodeb ar gyfer yr adroddiad: mae gwerthuso’r Ddeddf ar y gweill."
LATE_UPDATE = "A late note written before the report was published."

WORDS = {
    "en": {
        "prefix": "",
        "label": NEW_PERIOD["label"],
        "sign_out": "Sign out",
        "action": "Action",
        "progress": "Progress this period (English)",
        "progress_cy": "Progress this period (Welsh, optional)",
        "propose": "Status you propose (optional)",
        "on_track": "On track",
        "add_update": "Add update",
        "update_added": "Your update has been added to December 2025 – November 2026.",
        "published": "The report has been published. It will not change from now on.",
        "open_next": "Open the next period",
        "make_current": "Make this the current period now",
        "open_button": "Open the period",
        "opened": "The period December 2025 – November 2026 is open.",
        "remind": "Remind holders who have not updated",
        "reminded": re.compile(r"\d+ reminders? (is|are) on (its|their) way\."),
        "accept": "Accept “On track” 1.7",
        "accepted": "Action 1.7 is now “On track”.",
        "compose": "Compose 1.7",
        "save_narrative": "Save for the report",
        "composed": "The report’s account of action 1.7 has been saved.",
        "check": "Check and publish the report",
        "confirm": "I have checked this list and want to publish the report as it stands",
        "publish": "Publish the report",
        "tick_the_box": "Tick the box to confirm that you want to publish the report.",
        "closed": "The report for December 2025 – November 2026 has been published, so that period is closed",
    },
    "cy": {
        "prefix": "/cy",
        "label": NEW_PERIOD["label_cy"],
        "sign_out": "Allgofnodi",
        "action": "Cam gweithredu",
        "progress": "Cynnydd y cyfnod hwn (Saesneg)",
        "progress_cy": "Cynnydd y cyfnod hwn (Cymraeg, dewisol)",
        "propose": "Y statws rydych yn ei gynnig (dewisol)",
        "on_track": "Ar y trywydd iawn",
        "add_update": "Ychwanegu diweddariad",
        "update_added": "Mae eich diweddariad wedi’i ychwanegu at Rhagfyr 2025 – Tachwedd 2026.",
        "published": "Mae’r adroddiad wedi’i gyhoeddi. Ni fydd yn newid o hyn ymlaen.",
        "open_next": "Agor y cyfnod nesaf",
        "make_current": "Gwneud hwn y cyfnod presennol nawr",
        "open_button": "Agor y cyfnod",
        "opened": "Mae’r cyfnod Rhagfyr 2025 – Tachwedd 2026 ar agor.",
        "remind": "Atgoffa deiliaid sydd heb roi diweddariad",
        "reminded": re.compile(r"Mae \d+ nodyn atgoffa ar (ei|eu) ffordd\."),
        "accept": "Derbyn “Ar y trywydd iawn” 1.7",
        "accepted": "“Ar y trywydd iawn” yw statws cam gweithredu 1.7 nawr.",
        "compose": "Ysgrifennu 1.7",
        "save_narrative": "Cadw ar gyfer yr adroddiad",
        "composed": "Mae’r hyn y mae’r adroddiad yn ei ddweud am gam gweithredu 1.7 wedi’i gadw.",
        "check": "Gwirio a chyhoeddi’r adroddiad",
        "confirm": "Rwyf wedi gwirio’r rhestr hon ac rwyf am gyhoeddi’r adroddiad fel y mae",
        "publish": "Cyhoeddi’r adroddiad",
        "tick_the_box": "Ticiwch y blwch i gadarnhau eich bod am gyhoeddi’r adroddiad.",
        "closed": "Mae’r adroddiad ar gyfer Rhagfyr 2025 – Tachwedd 2026 wedi’i gyhoeddi, felly mae’r cyfnod hwnnw wedi cau",
    },
}


def expect_success(page, text) -> None:
    """The green banner; with ``text`` (a string or pattern), saying that."""
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_be_visible()
    if text:
        expect(banner).to_contain_text(text)


def sign_out(page, words) -> None:
    """Through the header's link and the confirmation page."""
    page.locator("header").get_by_role("link", name=words["sign_out"]).click()
    page.locator("main").get_by_role("button", name=words["sign_out"]).click()
    expect(page.locator("header").get_by_role("link", name=words["sign_out"])).to_have_count(0)


# The innermost elements that reach past the right edge of the window (the ones making the page scroll sideways).
OVERFLOWING = """() => {
  const edge = document.documentElement.clientWidth;
  const past = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > edge + 1);
  return past.filter((el) => !past.some((other) => other !== el && el.contains(other))).slice(0, 5).map((el) =>
    `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).trim().replace(/ +/g, ".") : ""}`
    + ` (right edge ${Math.round(el.getBoundingClientRect().right)}px): ${el.textContent.trim().slice(0, 60)}`);
}"""


def too_wide(page) -> dict | None:
    """When the page scrolls sideways at its window's width: its width and what sticks out; else None."""
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= page.viewport_size["width"]:
        return None
    return {"width": width, "elements": page.evaluate(OVERFLOWING)}


def check_page(page, name: str, found: dict, wide: dict, *, phone: bool = False) -> None:
    """Runs axe on the page as it is; with ``phone``, again at 375 px, where it must not scroll sideways either."""
    found[name] = axe_violations(page)
    if phone:
        page.set_viewport_size(PHONE)
        found[f"{name} at 375px"] = axe_violations(page)
        wide[name] = too_wide(page)
        save_screenshot(page, "clip-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + "-375px")
        page.set_viewport_size(DESKTOP)


@pytest.fixture
def holder(chromium):
    """A second browser, for the action holder, whose page can stay open while the coordinator works."""
    context = chromium.new_context(viewport=DESKTOP)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_coordinator_runs_a_period_from_opening_to_publishing(page, holder, demo, language):
    words = WORDS[language]
    prefix = words["prefix"]
    found: dict[str, list] = {}  # axe violations by page
    wide: dict[str, dict | None] = {}  # pages that scroll sideways at 375 px

    # 1. The coordinator opens the next period, makes it current and reminds the holders.
    sign_in(page, demo, "coordinator@cylch.example", language=language)
    page.goto(f"{demo}{prefix}/clip/periods/")
    check_page(page, f"{language} periods", found, wide, phone=True)
    page.get_by_role("link", name=words["open_next"], exact=True).click()
    page.locator("#id_label").fill(NEW_PERIOD["label"])
    page.locator("#id_label_cy").fill(NEW_PERIOD["label_cy"])
    page.locator("#id_starts_on").fill(NEW_PERIOD["starts_on"])
    page.locator("#id_ends_on").fill(NEW_PERIOD["ends_on"])
    page.locator("#id_update_deadline").fill(NEW_PERIOD["update_deadline"])
    page.get_by_label(words["make_current"]).check()
    check_page(page, f"{language} open a period", found, wide)
    page.get_by_role("button", name=words["open_button"], exact=True).click()
    page.wait_for_url(re.compile(r"/clip/periods/\d+/$"))
    expect_success(page, words["opened"])
    period = ReportingPeriod.objects.get(label=NEW_PERIOD["label"])
    assert period.is_current and period.label_cy == NEW_PERIOD["label_cy"]
    assert str(period.update_deadline) == NEW_PERIOD["update_deadline"]
    period_url = f"{demo}{prefix}/clip/periods/{period.pk}/"
    assert page.url == period_url
    expect(page.locator("h1")).to_have_text(words["label"])
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("main table thead")).to_contain_text(words["action"])

    page.get_by_role("button", name=words["remind"], exact=True).click()
    page.wait_for_url(period_url)
    expect_success(page, words["reminded"])
    page.locator("main details summary").click()
    expect(page.locator("main details")).to_contain_text("Dafydd Owen")
    check_page(page, f"{language} period", found, wide, phone=True)
    sign_out(page, words)

    # 2. The holder adds two updates to action 1.7: a Markdown list with a link, then one proposing "On track".
    if language == "cy":
        sign_in(holder, demo, "host@cylch.example")  # Dafydd prefers English: he switches to Welsh on the page
        holder.goto(f"{demo}/clip/actions/1.7/")
        holder.get_by_role("link", name="Cymraeg").first.click()
        holder.wait_for_url(f"{demo}/cy/clip/actions/1.7/")
    else:
        sign_in(holder, demo, "host@cylch.example", language=language)
        holder.goto(f"{demo}/clip/actions/1.7/")
    expect(holder.locator("#add-update")).to_contain_text(words["label"])
    holder.get_by_label(words["progress"], exact=True).fill(FIRST_UPDATE)
    holder.get_by_label(words["progress_cy"], exact=True).fill(FIRST_UPDATE_CY)
    holder.get_by_role("button", name=words["add_update"], exact=True).click()
    expect_success(holder, words["update_added"])
    # The timeline shows the update in the page's language, its Markdown as a list with a link.
    item, link, link_text = (
        ("met the programme board in December", GUIDANCE, "the guidance")
        if language == "en"
        else ("cyfarfod â bwrdd y rhaglen ym mis Rhagfyr", CANLLAWIAU, "y canllawiau")
    )
    expect(holder.locator("main .cylch-card ul li", has_text=item)).to_have_count(1)
    expect(holder.locator(f"main .cylch-card ul li a[href='{link}']")).to_have_text(link_text)
    holder.get_by_label(words["progress"], exact=True).fill(SECOND_UPDATE)
    holder.get_by_label(words["progress_cy"], exact=True).fill(SECOND_UPDATE_CY)
    holder.get_by_label(words["propose"]).select_option(label=words["on_track"])
    holder.get_by_role("button", name=words["add_update"], exact=True).click()
    expect_success(holder, words["update_added"])
    assert ProgressUpdate.objects.filter(action__number="1.7", period=period).count() == 2
    # The holder leaves this page open, with its form for the period, while the coordinator publishes the report.

    # 3. The coordinator accepts the proposal, composes the report's account of 1.7, checks the list and publishes.
    sign_in(page, demo, "coordinator@cylch.example", language=language)
    page.goto(period_url)
    proposal = page.locator("main .cylch-card", has=page.locator("a[href$='/clip/actions/1.7/']"))
    expect(proposal).to_contain_text(words["on_track"])
    proposal.locator("textarea[name=reply]").fill("Agreed at the December programme board.")
    proposal.get_by_role("button", name=words["accept"], exact=True).click()
    page.wait_for_url(period_url + "#proposals")
    expect_success(page, words["accepted"])
    expect(page.locator("main .cylch-card", has=page.locator("a[href$='/clip/actions/1.7/']"))).to_have_count(0)
    assert Action.objects.get(number="1.7").status == "on_track"
    page.goto(f"{demo}{prefix}/clip/actions/1.7/")
    expect(page.locator("main h1 + div .cylch-status").first).to_have_text(words["on_track"])
    expect(page.locator("main")).to_contain_text("Agreed at the December programme board.")

    page.goto(period_url)
    row = page.locator("main table tbody tr", has=page.locator("a[href$='/clip/actions/1.7/']"))
    row.get_by_role("link", name=words["compose"], exact=True).click()
    page.wait_for_url(f"{period_url}actions/1.7/narrative/")
    english, welsh = page.locator("#id_narrative"), page.locator("#id_narrative_cy")
    assert english.input_value().replace("\r\n", "\n") == f"{FIRST_UPDATE}\n\n{SECOND_UPDATE}"
    assert welsh.input_value().replace("\r\n", "\n") == f"{FIRST_UPDATE_CY}\n\n{SECOND_UPDATE_CY}"
    check_page(page, f"{language} narrative", found, wide)
    english.fill(f"{SUMMARY}\n\n{english.input_value()}")
    welsh.fill(f"{SUMMARY_CY}\n\n{welsh.input_value()}")
    page.get_by_role("button", name=words["save_narrative"], exact=True).click()
    page.wait_for_url(period_url)
    expect_success(page, words["composed"])
    expect(row.locator("a[href$='/actions/1.7/narrative/']")).to_have_count(1)  # now "Edit"
    narrative = ActionNarrative.objects.get(action__number="1.7", period=period)
    assert narrative.narrative.startswith(SUMMARY) and GUIDANCE in narrative.narrative
    assert narrative.narrative_cy.startswith(SUMMARY_CY) and CANLLAWIAU in narrative.narrative_cy

    page.get_by_role("link", name=words["check"], exact=True).click()
    page.wait_for_url(f"{demo}{prefix}/clip/report/{period.pk}/publish/")
    checklist = page.locator("main")
    expect(checklist.locator("a[href$='/actions/2.6/narrative/']")).to_have_count(1)  # nothing composed for 2.6
    expect(checklist.locator("a[href$='/actions/1.7/narrative/']")).to_have_count(0)
    expect(checklist.locator(f"a[href$='/clip/periods/{period.pk}/#proposals']")).to_have_count(0)
    check_page(page, f"{language} checklist", found, wide)
    publish_button = page.get_by_role("button", name=words["publish"], exact=True)
    publish_button.click()  # without ticking the box first: refused, and nothing is published
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(page.locator(".govuk-error-summary")).to_contain_text(words["tick_the_box"])
    assert ReportingPeriod.objects.get(pk=period.pk).published_at is None
    page.get_by_label(words["confirm"]).check()
    publish_button.click()
    page.wait_for_url(f"{demo}{prefix}/clip/report/{period.pk}/")
    expect_success(page, words["published"])
    assert ReportingPeriod.objects.get(pk=period.pk).published_at is not None

    # 4. The holder's page, opened before the report was published, is sent after: refused, the text kept.
    holder.get_by_label(words["progress"], exact=True).fill(LATE_UPDATE)
    holder.get_by_role("button", name=words["add_update"], exact=True).click()
    problem = holder.locator(".govuk-error-summary")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text(words["closed"])
    expect(holder.get_by_label(words["progress"], exact=True)).to_have_value(LATE_UPDATE)
    assert not ProgressUpdate.objects.filter(narrative=LATE_UPDATE).exists()
    assert holder.locator("html").get_attribute("lang") == language

    # 5. Signed out, the published report in each language has the composed account once, with its list and link.
    sign_out(page, words)
    for report_language, summary, item, link, link_text in [
        ("en", SUMMARY, "met the programme board in December", GUIDANCE, "the guidance"),
        ("cy", SUMMARY_CY, "cyfarfod â bwrdd y rhaglen ym mis Rhagfyr", CANLLAWIAU, "y canllawiau"),
    ]:
        page.goto(f"{demo}{'/cy' if report_language == 'cy' else ''}/clip/report/{period.pk}/")
        assert page.locator("html").get_attribute("lang") == report_language
        report = page.locator("main")
        text = report.inner_text()
        assert text.count(summary) == 1, report_language
        assert text.count(item) == 1, report_language
        expect(report.locator("li", has_text=item)).to_have_count(1)
        expect(report.locator(f"a[href='{link}']")).to_have_count(1)
        expect(report.locator(f"li a[href='{link}']")).to_have_text(link_text)
        assert LATE_UPDATE not in text
        if report_language == "cy":
            assert "Thema 1" in text and "Cam gweithredu 1.7" in text
        check_page(page, f"{report_language} report ({language} journey)", found, wide, phone=True)

    assert {name: violations for name, violations in found.items() if violations} == {}
    assert {name: width for name, width in wide.items() if width} == {}


def test_holder_updates_coordinator_changes_status_and_publishes_the_current_period(page, demo):
    """The demo's current period (February 2024 – February 2025), which has ended, published through the checklist."""
    current = ReportingPeriod.objects.get(label="February 2024 – February 2025")
    assert current.is_current and current.published_at is None
    sign_in(page, demo, "host@cylch.example")  # Dafydd holds action 1.7
    page.goto(demo + "/clip/mine/")
    page.locator("main a", has_text="1.7").first.click()
    page.get_by_label("Progress this period (English)").fill("The evaluation plan was agreed with the steering group.")
    page.get_by_label("Status you propose (optional)").select_option(label="On track")
    page.get_by_role("button", name="Add update").click()
    page.get_by_text("Your update has been added to February 2024 – February 2025.").wait_for()
    assert axe_violations(page) == []
    page.context.clear_cookies()

    sign_in(page, demo, "coordinator@cylch.example", language="en")
    page.goto(demo + "/clip/actions/1.7/")
    page.get_by_label("New status").select_option(label="On track")
    page.get_by_label("Why is it changing?").fill("Plan agreed; on schedule for the spring.")
    page.get_by_role("button", name="Change status").click()
    page.get_by_text("The status has been changed.").wait_for()
    assert Action.objects.get(number="1.7").status == "on_track"
    page.goto(f"{demo}/clip/periods/{current.pk}/actions/1.7/narrative/")
    # Prefilled from the period's updates, the demo's own first and this one last.
    expect(page.get_by_label("Progress (English)")).to_have_value(
        re.compile(r"\n\nThe evaluation plan was agreed with the steering group\.$")
    )
    page.get_by_role("button", name="Save for the report").click()
    page.get_by_text("The report’s account of action 1.7 has been saved.").wait_for()
    page.get_by_role("link", name="Check and publish the report").click()
    page.get_by_label("I have checked this list and want to publish the report as it stands").check()
    page.get_by_role("button", name="Publish the report").click()
    page.get_by_text("The report has been published.").wait_for()
    page.context.clear_cookies()

    page.goto(f"{demo}/clip/report/{current.pk}/")
    text = page.locator("main").inner_text()
    assert text.count("The evaluation plan was agreed with the steering group.") == 1
    assert axe_violations(page) == []
    page.goto(f"{demo}/cy/clip/report/{current.pk}/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert "Thema 1" in page.locator("main").inner_text()
    save_screenshot(page, "cy-clip-report")


def test_clip_pages_have_no_wcag_a_or_aa_violations(page, demo):
    published = ReportingPeriod.objects.get(label="February 2023 – February 2024")
    page.goto(f"{demo}/clip/report/{published.pk}/")
    assert axe_violations(page) == []
    sign_in(page, demo, "coordinator@cylch.example", language="cy")
    for path in ["/cy/clip/", "/cy/clip/actions/4.5/", "/cy/clip/mine/", "/cy/clip/periods/"]:
        page.goto(demo + path)
        assert axe_violations(page) == [], path
    save_screenshot(page, "cy-clip-mine")
    page.goto(demo + "/clip/")
    save_screenshot(page, "en-clip-dashboard")
