from django.utils import timezone

from coaching.models import CoachingProfile, Pair, PairState
from coaching.tasks import run_queued_rounds

from .conftest import axe_violations, save_screenshot, sign_in


def opt_in(page, demo, email, language, words):
    prefix = "/cy" if language == "cy" else ""
    sign_in(page, demo, email, language=language)
    page.goto(f"{demo}{prefix}/co-coaching/")
    page.get_by_role("link", name=words["take_part"]).click()
    page.get_by_label(words["grade_label"]).select_option(label=words["grade"])
    page.get_by_label(words["field"]).select_option(value="policy")
    page.get_by_label(words["video"]).check()
    page.get_by_label(words["south_east"]).check()
    page.get_by_label(words["either"], exact=True).check()
    page.get_by_label(words["slot"]).check()
    page.get_by_label(words["fortnightly"]).check()
    page.get_by_role("button", name=words["save"]).click()
    page.get_by_text(words["in_pool"]).first.wait_for()
    page.context.clear_cookies()


WORDS = {
    "en": {
        "take_part": "Take part in co-coaching",
        "grade": "Team leader or lead",
        "grade_label": "Your grade or level",
        "field": "Your profession or field",
        "video": "Video call",
        "south_east": "South East Wales",
        "either": "Either",
        "slot": "Tuesday mornings",
        "fortnightly": "Every two weeks",
        "save": "Save and join the pool",
        "in_pool": "You are in the pool.",
        "go": "Go to your pair",
        "yes": "Yes, let’s try",
        "meeting_date": "Date of the meeting",
        "record": "Record a meeting",
        "recorded": "Meeting recorded.",
    },
    "cy": {
        "take_part": "Cymryd rhan mewn cyd-hyfforddi",
        "grade": "Arweinydd tîm neu arweinydd",
        "grade_label": "Eich gradd neu lefel",
        "field": "Eich proffesiwn neu faes",
        "video": "Galwad fideo",
        "south_east": "De-ddwyrain Cymru",
        "either": "Y naill neu’r llall",
        "slot": "Boreau Dydd Mawrth",
        "fortnightly": "Bob pythefnos",
        "save": "Cadw ac ymuno â’r gronfa",
        "in_pool": "Rydych yn y gronfa.",
        "go": "Mynd at eich pâr",
        "yes": "Ie, gadewch i ni roi cynnig arni",
    },
}


def test_two_people_opt_in_a_round_runs_both_accept_and_a_meeting_is_recorded(page, demo):
    # Only these two in the pool, so the round pairs them.
    CoachingProfile.objects.all().delete()
    opt_in(page, demo, "member@cylch.example", "cy", WORDS["cy"])
    opt_in(page, demo, "staff@cylch.example", "en", WORDS["en"])

    sign_in(page, demo, "coordinator@cylch.example", language="en")
    page.goto(demo + "/co-coaching/coordinate/")
    page.get_by_role("button", name="Run a matching round").click()
    page.get_by_text("The round has been queued.").wait_for()
    assert run_queued_rounds() == 1  # what the Celery worker does within a minute
    page.reload()
    assert "Pairs proposed" in page.locator("main").inner_text()
    page.context.clear_cookies()

    sign_in(page, demo, "member@cylch.example", language="cy")
    page.goto(demo + "/cy/co-coaching/")
    page.get_by_role("link", name=WORDS["cy"]["go"]).click()
    assert "Pam rydym yn awgrymu eich bod yn cyfarfod" in page.locator("main").inner_text()
    assert axe_violations(page) == []
    save_screenshot(page, "cy-coaching-pair")
    page.get_by_role("button", name=WORDS["cy"]["yes"]).click()
    page.context.clear_cookies()

    sign_in(page, demo, "staff@cylch.example", language="en")
    page.goto(demo + "/co-coaching/")
    page.get_by_role("link", name="Go to your pair").click()
    assert "You both work in Policy at a similar level" in page.locator("main").inner_text()
    page.get_by_role("button", name="Yes, let’s try").click()
    page.get_by_label("Date of the meeting").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Record a meeting").click()
    page.get_by_text("Meeting recorded.").wait_for()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Yes, carry on").click()
    page.get_by_text("Your answer has been recorded. Only you can see it.").first.wait_for()
    page.context.clear_cookies()

    sign_in(page, demo, "member@cylch.example", language="cy")
    page.goto(demo + "/cy/co-coaching/")
    page.get_by_role("link", name=WORDS["cy"]["go"]).click()
    page.get_by_role("button", name="Ie, parhau").click()
    page.get_by_text("Mae eich ateb wedi’i gofnodi.").first.wait_for()
    pair = Pair.objects.get()
    assert pair.state == PairState.ACTIVE and pair.meetings.count() == 1
