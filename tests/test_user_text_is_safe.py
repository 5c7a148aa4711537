"""Everything a person can write is shown as text, never as markup, wherever it appears (issue 12).

The text fields are found from the models, so a field added later is covered without editing this test: every
free-text field of every row of the demo data is filled with hostile payloads, then each person in the demo
crawls the site (pages, feeds, CSV, the published report, the admin) following its own links, and no payload
may survive as an element or attribute. Formatted fields must still render their Markdown links and lists.
"""

import csv
import io
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.urls import Resolver404, resolve

from accounts.models import User
from portal.spreadsheet import FORMULA_STARTS

OUR_APPS = ["accounts", "communities", "scheduling", "coaching", "clip_tracker", "notifications"]
# Kept by the system, not written by people (or not shown anywhere as text): left as they are.
NOT_PERSONS_TEXT = {
    "accounts.User.password",
    "notifications.OutboundEmail.dedupe_key",
    "notifications.OutboundEmail.template_prefix",
    "notifications.OutboundEmail.last_error",
    "notifications.OutboundEmail.unsubscribe_token_hash",
    "notifications.OutboundEmail.subject",
    "scheduling.SessionSeries.rrule",
    "scheduling.CalendarFeedToken.salt",
    "scheduling.CalendarFeedToken.token_hash",
    "communities.Community.search_text",
    "communities.Community.meeting_days",
    "clip_tracker.Action.number",
    "clip_tracker.PublishedReport.format",
    "clip_tracker.PublishedReport.language",
}

PAYLOADS = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    '<div hx-post="/admin/accounts/user/1/change/" hx-trigger="load">x</div>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(2)">a</a>',
    '<form action="https://evil.example/steal"><button>Go</button></form>',
    '<iframe src="https://evil.example"></iframe>',
]


class LiveMarkupFinder(HTMLParser):
    """Reads a page as a browser would (the standard library's HTML parser) and lists any element or attribute
    that came from a payload rather than from our templates."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src"):
            self.found.append("an inline <script>")
        if tag in ("iframe", "meta") and ("evil.example" in str(attributes) or "http-equiv" in attributes):
            self.found.append(f"<{tag} {attributes}>")
        if tag == "form" and "evil.example" in (attributes.get("action") or ""):
            self.found.append(f"<form {attributes}>")
        if tag == "img" and attributes.get("src") == "x":
            self.found.append(f"<img {attributes}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name.startswith(("hx-", "data-hx-")) and "/admin/" in (value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")


def live_markup_in(html: str) -> list[str]:
    finder = LiveMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.found


MARKDOWN = "\n\n- first point\n- [a safe link](https://example.org/ok)\n"
PER_URL_NAME = 3  # pages of the same kind fetched per person (e.g. three session pages, not three hundred)
SKIP_URL_NAMES = {
    "account_logout",
    "admin:logout",
    "admin:view_on_site",
    "admin:password_change",
    "admin:auth_user_password_change",
    "admin:accounts_user_password_change",
}


def _person_text_fields():
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        for field in model._meta.get_fields():
            if not isinstance(field, (models.CharField, models.TextField)) or not field.editable:
                continue
            if field.choices or isinstance(field, (models.SlugField, models.EmailField, models.URLField)):
                continue
            if f"{model._meta.label}.{field.name}" in NOT_PERSONS_TEXT:
                continue
            yield model, field


def _fill_with_payloads() -> list[str]:
    filled = []
    everything = "".join(PAYLOADS)
    for index, (model, field) in enumerate(_person_text_fields()):
        rows = list(model.objects.values_list("pk", flat=True))
        limit = getattr(field, "max_length", None)
        for row_number, pk in enumerate(rows):
            if limit is None:
                value = everything + MARKDOWN
            else:
                fitting = [payload for payload in PAYLOADS if len(payload) <= limit]
                value = fitting[(row_number + index) % len(fitting)] if fitting else ""
            if field.unique:  # one payload per row, told apart by the row's key
                value = f"{value[: (limit or len(value) + 20) - 20]} {pk}"
            model.objects.filter(pk=pk).update(**{field.name: value})
        filled.append(f"{model._meta.label}.{field.name}")
    return filled


def _crawl(client, start: list[str], budget: int = 400) -> dict[str, tuple[str, str]]:
    seen_names: Counter = Counter()
    queue, fetched = list(start), {}
    while queue and len(fetched) < budget:
        url = queue.pop(0)
        path = urlsplit(url).path
        if url in fetched:
            continue
        try:
            match = resolve(path)
        except Resolver404:
            continue
        name = match.view_name
        if name in SKIP_URL_NAMES or seen_names[name] >= PER_URL_NAME:
            continue
        seen_names[name] += 1
        response = client.get(url)
        assert response.status_code < 500, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        fetched[url] = (response.get("Content-Type", ""), text)
        if response.get("Content-Type", "").startswith("text/html"):
            for link in re.findall(r'(?:href|action|hx-get)="([^"#]+)"', text):
                link = urljoin(url, link.replace("&amp;", "&"))
                if link.startswith("/") and link not in fetched:
                    queue.append(link)
    return fetched


@pytest.fixture
def hostile_demo(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    settings.DEBUG = False
    return _fill_with_payloads()


def test_every_persons_text_field_is_covered(hostile_demo):
    # A sample of the fields that were reproduced as attacks, to show the discovery finds them.
    for field in [
        "communities.Community.description",
        "clip_tracker.ProgressUpdate.narrative",
        "accounts.User.display_name",
        "scheduling.SessionSeries.description",
        "clip_tracker.PublishedReport.content",
        "coaching.PrivateNote.text",
    ]:
        assert field in hostile_demo


@pytest.mark.parametrize(
    "email", [None, "member@cylch.example", "host@cylch.example", "coordinator@cylch.example", "admin@cylch.example"]
)
def test_no_payload_survives_as_markup_for_anyone(client, hostile_demo, email):
    start = ["/", "/cy/", "/communities/", "/sessions/", "/clip/", "/co-coaching/", "/sessions/calendar.ics"]
    if email:
        person = User.objects.get(email=email)
        client.force_login(person)
        start += [
            "/accounts/profile/",
            "/communities/mine/",
            "/sessions/my-calendar/",
            "/clip/mine/",
            "/notifications/digest/",
            "/co-coaching/coordinate/",
            "/communities/suggestions/",
        ]
        if person.is_superuser:
            start += ["/admin/"]
    pages = _crawl(client, start)
    assert len(pages) > 25
    for url, (content_type, text) in pages.items():
        if content_type.startswith("text/csv"):
            cells = [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]
            assert not [cell for cell in cells if cell.lstrip(" ").startswith(FORMULA_STARTS)], url
            continue
        if content_type.startswith("text/calendar"):
            assert not any(tag in text for tag in ("<script", "<img", "<div", "<meta", "<a ", "<form", "<iframe")), url
            continue
        if content_type.startswith("text/html"):
            assert live_markup_in(text) == [], url
    rendered_markdown = [text for _type, text in pages.values() if 'href="https://example.org/ok"' in text]
    assert rendered_markdown, "Markdown links still render"
    assert any("<li>first point</li>" in text for text in rendered_markdown)
    assert all('rel="nofollow noopener"' in text for text in rendered_markdown)
