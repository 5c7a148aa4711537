import json

from accounts.models import User
from coaching.models import CoachingProfile

from .conftest import axe_violations, save_screenshot, sign_in


def test_staff_member_downloads_their_data_then_deletes_their_account(page, demo):
    sign_in(page, demo, "staff@cylch.example")
    page.goto(demo + "/accounts/profile/data/")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your data").click()
    download = download_info.value
    assert download.suggested_filename.startswith("cylch-your-data-")
    data = json.loads(open(download.path(), encoding="utf-8").read())
    assert data["profile"]["email"] == "staff@cylch.example"
    assert data["co_coaching"]["profile"]["opted_in"] is True
    assert "Governance and scrutiny" in [m["community"] for m in data["communities"]["memberships"]]

    page.get_by_role("link", name="Delete your account").click()
    page.get_by_role("heading", name="Delete your account", exact=True).wait_for()
    assert axe_violations(page) == []
    save_screenshot(page, "en-account-delete")

    page.get_by_label("To confirm, type your email address").fill("staff@cylch.example")
    page.get_by_role("button", name="Delete your account").click()
    page.get_by_text("Your account and your data have been deleted.").wait_for()
    assert page.url == demo + "/"
    assert not User.objects.filter(email="staff@cylch.example").exists()
    assert not CoachingProfile.objects.filter(user__email="staff@cylch.example").exists()

    sign_in(page, demo, "staff@cylch.example")
    assert "/accounts/login/" in page.url
    assert page.locator(".govuk-error-summary").is_visible()
