import re

from django.core import mail

from accounts.models import User

from .conftest import sign_in


def test_newcomer_signs_up_confirms_signs_in_and_chooses_welsh(page, demo):
    page.goto(demo + "/")
    page.get_by_role("link", name="Create an account").first.click()
    page.get_by_label("Email").fill("gethin.morgan@example.gov.wales")
    page.get_by_label("Your name").fill("Gethin Morgan")
    page.get_by_label("Organisation").fill("Cyngor Gwynedd")
    page.get_by_label("Job title or role").fill("Team leader")
    page.get_by_label("Team", exact=True).fill("Housing")
    page.get_by_label("Password", exact=True).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password (again)").fill("a-long-and-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your email").wait_for()

    link = re.search(r"http://\S+/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    page.get_by_text("You have confirmed gethin.morgan@example.gov.wales").wait_for()

    sign_in(page, demo, "gethin.morgan@example.gov.wales", "a-long-and-unusual-passphrase")
    page.locator("header").get_by_role("link", name=re.compile("Your profile")).click()
    page.get_by_label("Welsh").check()
    page.get_by_role("button", name="Save your profile").click()
    page.get_by_text("Mae eich proffil wedi’i gadw.").wait_for()
    assert page.url == demo + "/cy/accounts/profile/"
    assert page.locator("html").get_attribute("lang") == "cy"
    assert User.objects.get(email="gethin.morgan@example.gov.wales").preferred_language == "cy"


def test_signing_in_with_only_the_keyboard(page, demo):
    page.goto(demo + "/accounts/login/")
    page.locator("#id_login").focus()
    page.keyboard.type("staff@cylch.example")
    page.keyboard.press("Tab")
    page.keyboard.type("cylch-demo-2026")
    page.keyboard.press("Enter")
    page.wait_for_url(demo + "/")
    assert "Welcome back, Tom Hughes." in page.locator("main").inner_text()


def test_a_welsh_speaker_lands_on_welsh_pages_after_signing_in(page, demo):
    sign_in(page, demo, "member@cylch.example")
    assert page.url == demo + "/cy/"
    assert "Croeso’n ôl, Siân Evans." in page.locator("main").inner_text()
