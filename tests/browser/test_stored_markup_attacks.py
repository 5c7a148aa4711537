"""The attacks reproduced in issue 12, replayed in Chromium with the site's own htmx: a host's community
description and a holder's CLIP update, each written through the real forms, then opened by the person whose
rights they tried to borrow."""

from accounts.models import User
from clip_tracker.models import ReportingPeriod
from communities.models import Community, Membership, Role

from .conftest import sign_in


def _wait_for_htmx_to_have_run(page):
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)


def test_a_hosts_description_cannot_make_them_superuser_when_a_superuser_opens_the_page(page, demo):
    host = User.objects.get(email="host@cylch.example")
    community = Community.objects.filter(memberships__user=host, memberships__role=Role.HOST).first()
    payload = (
        f'<div hx-post="/admin/accounts/user/{host.pk}/change/" hx-trigger="load" '
        'hx-include="[name=csrfmiddlewaretoken]" hx-vals=\'{"is_superuser": "on", "is_staff": "on"}\'>x</div>'
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
    )
    sign_in(page, demo, host.email)
    page.goto(f"{demo}/communities/{community.slug}/edit/")
    page.locator("#id_description").fill("Our purpose.\n\n" + payload + "\n\n- **Monthly** talks")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    community.refresh_from_db()
    assert payload in community.description  # nothing the host wrote is lost
    page.context.clear_cookies()

    sign_in(page, demo, "admin@cylch.example")
    page.goto(f"{demo}/communities/{community.slug}/")
    _wait_for_htmx_to_have_run(page)
    assert page.url == f"{demo}/communities/{community.slug}/", "no redirect to another site"
    assert page.locator("main [hx-post*='/admin/']").count() == 0
    assert page.locator(".cylch-rich-text[hx-disable]").count() >= 1
    assert page.locator("main strong", has_text="Monthly").count() == 1  # formatting still works
    assert "hx-post" in page.locator("main").inner_text()  # shown as the text the host typed
    host.refresh_from_db()
    assert not host.is_superuser and not host.is_staff

    page.context.clear_cookies()
    page.goto(f"{demo}/communities/{community.slug}/")
    _wait_for_htmx_to_have_run(page)
    assert page.url == f"{demo}/communities/{community.slug}/", "signed-out visitors are not sent away either"


def test_a_holders_update_cannot_publish_the_report_when_a_coordinator_opens_the_action(page, demo):
    period = ReportingPeriod.objects.get(label="February 2024 – February 2025")
    assert period.published_at is None
    sign_in(page, demo, "host@cylch.example")  # holds 1.7
    page.goto(demo + "/clip/actions/1.7/")
    page.get_by_label("Progress this period (English)").fill(
        f'Done. <div hx-post="/clip/report/{period.pk}/publish/" hx-trigger="load" '
        'hx-include="[name=csrfmiddlewaretoken]">x</div>'
    )
    page.get_by_role("button", name="Add update").click()
    page.get_by_text("Your update has been added to February 2024 – February 2025.").wait_for()
    page.context.clear_cookies()

    sign_in(page, demo, "coordinator@cylch.example")
    for path in ["/clip/actions/1.7/", f"/clip/report/{period.pk}/"]:
        page.goto(demo + path)
        _wait_for_htmx_to_have_run(page)
        assert page.locator("main [hx-post*='/publish/']").count() == 0, path
    period.refresh_from_db()
    assert period.published_at is None
    assert Membership.objects.exists()
