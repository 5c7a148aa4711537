"""The progress report as a document: its sections in the order of the published February 2024 progress update
(shared/seeds/002), in English and Welsh, on the page, in the stored snapshot, as CSV and JSON, and as an A4 PDF."""

import csv
import io
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.utils import formats, translation
from django.utils.translation import gettext

from clip_tracker import pdf, services
from clip_tracker.models import Action, ActionNarrative, ReportErratum, ReportPdf, Theme
from clip_tracker.templatetags.clip_report import link_action_references, report_paragraphs
from portal.rich_text import clean_stored_report_html, render_rich_text
from tests.factories import make_actions, make_topic

THEMES = {
    1: ("The role of Welsh Ministers", "Rôl Gweinidogion Cymru"),
    2: ("The role of the civil service", "Rôl y gwasanaeth sifil"),
    3: ("Our enabling role with others", "Ein rôl alluogi gydag eraill"),
    4: ("Understanding Wales now and in the future", "Deall Cymru nawr ac yn y dyfodol"),
    5: ("How we change our culture", "Sut rydym yn newid ein diwylliant"),
    6: ("Making it happen", "Gwireddu’r cyfan"),
}
NUMBERS = ["1.1", "1.2", "2.1", "3.1", "4.1", "4.2", "4.5", "5.1", "5.2", "6.1"]
REPORT_TITLE = "Continuous learning and improvement plan: progress update February 2024"
REPORT_TITLE_CY = "Cynllun dysgu a gwella parhaus: diweddariad cynnydd Chwefror 2024"
PUBLISHED_ON = date(2024, 5, 23)


def welsh(msgid: str) -> str:
    """A UI string as the Welsh catalogue has it (the page must show exactly this)."""
    with translation.override("cy"):
        return gettext(msgid)


@pytest.fixture
def report_period(plan, period, coordinator):
    """The seed's report in small: six themes, 4.5 reported with 4.2, every section written in both languages."""
    actions = {action.number: action for action in make_actions(plan, NUMBERS)}
    for number, (title, title_cy) in THEMES.items():
        Theme.objects.filter(plan=plan, number=number).update(title=title, title_cy=title_cy)
    department = services.department_ensure(name="Sustainable Futures", name_cy="Dyfodol Cynaliadwy")
    long_term = make_topic(slug="long-term", name="Long term", name_cy="Hirdymor", kind="way")
    prosperous = make_topic(slug="prosperous", name="A prosperous Wales", name_cy="Cymru lewyrchus", kind="goal")
    for number, action in actions.items():
        actions[number] = services.action_details_update(
            action=action,
            expected_version=action.version,
            title=f"Title {number}",
            title_cy=f"Teitl {number}",
            commitment=f"We will do {number}.",
            commitment_cy=f"Byddwn yn gwneud {number}.",
            department=department,
            target_date=date(2025, 3, 31),
        )
        services.action_tags_set(action=action, topics=[long_term, prosperous])
    Action.objects.filter(pk=actions["4.5"].pk).update(reported_with=actions["4.2"])
    services.action_status_change(
        action=actions["1.1"], to_status="in_progress", reason="Started", acting_user=coordinator, expected_version=2
    )
    for number in NUMBERS:
        if number == "4.5":
            continue
        services.action_narrative_compose(
            action=actions[number],
            period=period,
            narrative=f"Progress on {number}.",
            narrative_cy=f"Cynnydd ar {number}.",
            acting_user=coordinator,
        )
    services.action_narrative_compose(
        action=actions["4.2"],
        period=period,
        narrative="Officials joined the Wales Futures Network, as action 5.2 asked.",
        narrative_cy="Ymunodd swyddogion â Rhwydwaith Dyfodol Cymru, fel y gofynnodd cam gweithredu 5.2.",
        acting_user=coordinator,
    )
    services.action_narrative_compose(
        action=actions["1.1"],
        period=period,
        narrative=(
            "We published the annual report. See actions 4.2 and 4.5, and Action 9.9, which is not in the plan. "
            "[Read action 1.2 online](https://example.org/action-1-2)"
        ),
        narrative_cy="Gwnaethom gyhoeddi’r adroddiad blynyddol. Gweler cam gweithredu 4.2.",
        acting_user=coordinator,
    )
    for number, (title, _title_cy) in THEMES.items():
        services.theme_note_update(
            period=period,
            theme=Theme.objects.get(plan=plan, number=number),
            introduction=f"About {title}.",
            introduction_cy=f"Ynglŷn â {number}.",
            learning=f"Learning {number}.",
            learning_cy=f"Dysgu {number}.",
            top_tips=f"Tips {number}.",
            top_tips_cy=f"Awgrymiadau {number}.",
        )
    services.key_terms_replace(
        period=period,
        terms=[
            {"term": "Co-production", "term_cy": "Cydgynhyrchu", "definition": "Working in partnership.",
             "definition_cy": "Gweithio mewn partneriaeth."},
            {"term": "Foresight", "term_cy": "Rhagwelediad", "definition": "Understanding the long-term future.",
             "definition_cy": "Deall y dyfodol hirdymor."},
        ],
    )  # fmt: skip
    return services.period_details_update(
        period=period,
        report_title=REPORT_TITLE,
        report_title_cy=REPORT_TITLE_CY,
        publication_date=PUBLISHED_ON,
        introduction="The Act helps us ask a question.",
        introduction_cy="Mae’r Ddeddf yn ein helpu i ofyn cwestiwn.",
        progress_preamble="This section gives a detailed account of our progress.",
        progress_preamble_cy="Mae’r adran hon yn rhoi hanes manwl o’n cynnydd.",
        conclusion="We need to find ways to deepen the learning.",
        conclusion_cy="Mae angen i ni ddod o hyd i ffyrdd o ddyfnhau’r dysgu.",
        contact="Email Sustainable.Futures@example.org.",
        contact_cy="E-bostiwch Sustainable.Futures@example.org.",
    )


@pytest.fixture
def published(report_period, coordinator):
    return services.period_publish(period=report_period, acting_user=coordinator, today=PUBLISHED_ON)


class Headings(HTMLParser):
    """The headings inside the report (``div.cylch-report``), as (level, text, id)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings: list[tuple[int, str, str]] = []
        self.depth = 0  # inside the report: how many open divs deep
        self.current: list | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and (self.depth or "cylch-report" in (attrs.get("class") or "").split()):
            self.depth += 1
        if self.depth and re.fullmatch(r"h[1-6]", tag):
            self.current = [int(tag[1]), "", attrs.get("id", "")]

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        if self.current and tag == f"h{self.current[0]}":
            self.headings.append((self.current[0], " ".join(self.current[1].split()), self.current[2]))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current[1] += data


def headings_of(html: str) -> list[tuple[int, str, str]]:
    parser = Headings()
    parser.feed(html)
    return parser.headings


def expected_outline(*, cy: bool) -> list[tuple[int, str]]:
    t = welsh if cy else (lambda msgid: msgid)
    label = "Chwefror 2023 – Chwefror 2024" if cy else "February 2023 – February 2024"
    outline = [
        (1, REPORT_TITLE_CY if cy else REPORT_TITLE),
        (2, t("Contents")),
        (2, t("Introduction")),
        (2, t("Our progress")),
    ]
    for number, (title, title_cy) in THEMES.items():
        numbers = [n for n in NUMBERS if n.startswith(f"{number}.")]
        theme = t("Theme %(number)s") % {"number": number}
        outline += [
            (2, f"{theme}: {title_cy if cy else title}"),
            (3, t("Introduction")),
            (3, t("What are we learning?")),
            (3, t("Our top tips")),
        ]
        if len(numbers) == 1:
            progress = t("Our progress on action %(number)s (%(period)s)") % {"number": numbers[0], "period": label}
        else:
            progress = t("Our progress on actions %(first)s – %(last)s (%(period)s)") % {
                "first": numbers[0],
                "last": numbers[-1],
                "period": label,
            }
        outline.append((3, progress))
        for n in numbers:
            if n == "4.5":
                continue
            if n == "4.2":
                lead = t("Action %(first)s and action %(second)s") % {"first": "4.2", "second": "4.5"}
                titles = "Teitl 4.2 / Teitl 4.5" if cy else "Title 4.2 / Title 4.5"
            else:
                lead = t("Action %(number)s") % {"number": n}
                titles = f"Teitl {n}" if cy else f"Title {n}"
            outline.append((4, f"{lead}: {titles}"))
    outline += [(2, t("Conclusion")), (2, t("Key terms")), (2, t("How to contact us"))]
    return outline


def assert_outline_has_no_skipped_levels(headings):
    assert [level for level, _text, _id in headings].count(1) == 1
    for (before, _t, _i), (after, text, _id) in zip(headings, headings[1:], strict=False):
        assert after <= before + 1, text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_report_sections_follow_the_seed_in_both_languages(client, published, language):
    prefix = "/cy" if language == "cy" else ""
    page = client.get(f"{prefix}/clip/report/{published.pk}/").content.decode()
    headings = headings_of(page)
    assert [(level, text) for level, text, _id in headings] == expected_outline(cy=language == "cy")
    assert_outline_has_no_skipped_levels(headings)
    ids = {heading_id for _level, _text, heading_id in headings}
    assert {"contents", "introduction", "our-progress", "conclusion", "key-terms", "contact"} <= ids
    assert {f"theme-{n}" for n in THEMES} <= ids and "action-4-2" in ids


def test_welsh_report_uses_the_welsh_period_label_headings_and_publication_date(client, published):
    page = client.get(f"/cy/clip/report/{published.pk}/").content.decode()
    cover = page[page.index("cylch-report-cover") : page.index("cylch-report-contents")]
    assert REPORT_TITLE_CY in cover and "Chwefror 2023 – Chwefror 2024" in cover
    assert "February 2023" not in page
    with translation.override("cy"):
        when = formats.date_format(PUBLISHED_ON, "j F Y")
        assert gettext("First published: %(date)s") % {"date": when} in cover
    assert "Thema 1: Rôl Gweinidogion Cymru" in page and "Cam gweithredu 1.1: Teitl 1.1" in page
    assert "Cynnydd ar 1.2." in page and "Progress on 1.2." not in page
    assert "Dyfodol Cynaliadwy" in page and "Hirdymor" in page and "Cymru lewyrchus" in page


def test_the_english_cover_names_title_period_and_first_publication(client, published):
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    cover = page[page.index("cylch-report-cover") : page.index("cylch-report-contents")]
    assert REPORT_TITLE in cover and "February 2023 – February 2024" in cover
    assert "First published: 23 May 2024" in cover
    for href in ["#introduction", "#our-progress", "#theme-1", "#theme-6", "#conclusion", "#key-terms"]:
        assert f'href="{href}"' in page
    assert "Open Government Licence v3.0" in page


def test_a_draft_says_it_is_not_yet_published_and_falls_back_to_the_plan_title(client, plan, period, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    page = client.get(f"/clip/report/{period.pk}/").content.decode()
    cover = page[page.index("cylch-report-cover") : page.index("cylch-report-contents")]
    assert "Not yet published" in cover and plan.title in cover
    assert "No progress was reported for this period." in page


def test_actions_reported_together_print_once_under_one_heading(client, published):
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    fours = [text for level, text, _id in headings_of(page) if level == 4 and "4." in text]
    assert fours == ["Action 4.1: Title 4.1", "Action 4.2 and action 4.5: Title 4.2 / Title 4.5"]
    assert page.count("Officials joined the Wales Futures Network") == 1
    assert 'id="action-4-5"' in page and 'id="action-4-2"' in page
    assert "Our commitment (action 4.2)" in page and "Our commitment (action 4.5)" in page
    assert "We will do 4.5." in page


def test_each_entry_labels_commitment_progress_status_date_department_and_tags(client, published):
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    entry = page[page.index('id="action-1-1"') : page.index('id="action-1-2"')]
    for words in [
        "Our commitment",
        "We will do 1.1.",
        "Progress",
        "In progress",
        "31 March 2025",
        "Sustainable Futures",
        "Ways of working",
        "Long term",
        "Well-being goals",
        "A prosperous Wales",
    ]:
        assert words in entry, words
    assert "govuk-inset-text" in entry and "cylch-status--in_progress" in entry


def test_references_to_actions_link_within_the_published_report(client, published):
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    assert re.search(r'<a class="govuk-link" href="#action-5-2"[^>]*>action 5\.2</a>', page)
    assert re.search(r'<a class="govuk-link" href="#action-4-2"[^>]*>actions 4\.2</a> and <a', page)
    assert re.search(r'<a class="govuk-link" href="#action-4-5"[^>]*>4\.5</a>', page)
    assert "#action-9-9" not in page and "Action 9.9" in page
    # A person's own link keeps its words, with no link made inside it.
    assert re.search(r'<a href="https://example.org/action-1-2"[^>]*>Read action 1\.2 online</a>', page)
    welsh_page = client.get(f"/cy/clip/report/{published.pk}/").content.decode()
    assert re.search(r'href="#action-5-2"[^>]*>cam gweithredu 5\.2</a>', welsh_page)


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("See action 5.2.", [("5-2", "action 5.2")]),
        ("Action 1.7 and actions 4.2 and 4.5", [("1-7", "Action 1.7"), ("4-2", "actions 4.2"), ("4-5", "4.5")]),
        ("Actions 1.1 – 1.7", [("1-1", "Actions 1.1"), ("1-7", "1.7")]),
        ("Gweler cam gweithredu 5.2 a chamau gweithredu 4.2 a 4.5", [("5-2", "cam gweithredu 5.2"),
         ("4-2", "chamau gweithredu 4.2"), ("4-5", "4.5")]),
        ("a chain reaction 5.2, action 5.20, action 5.2.1, action 3.3", []),
    ],
)  # fmt: skip
def test_references_are_found_in_english_and_welsh(text, links):
    html = str(link_action_references(render_rich_text(text), {"1.1", "1.7", "4.2", "4.5", "5.2"}))
    assert re.findall(r'<a class="govuk-link" href="#action-([\d-]+)">([^<]*)</a>', html) == links


def test_a_reference_inside_a_link_is_left_alone():
    html = str(link_action_references(render_rich_text("[about action 5.2](https://example.org/) action 5.2"), {"5.2"}))
    assert html.count("<a ") == 2 and html.count('href="#action-5-2"') == 1
    assert re.search(r'<a href="https://example.org/"[^>]*>about action 5\.2</a>', html)


def test_markup_written_around_a_reference_stays_text():
    attack = (
        'action 5.2<script>alert(1)</script> <img src=x onerror=alert(2)> action 5.2"><b onmouseover=x>'
        " &lt;i&gt;action 5.2&lt;/i&gt; [action 5.2](javascript:alert(3))"
    )
    html = str(report_paragraphs(type("Text", (), {"narrative": attack})(), "narrative", {"5.2"}))
    assert "<script" not in html and "<img" not in html and "<b " not in html and "<i>" not in html
    assert "javascript:" not in html.replace("(javascript:alert(3))", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;i&gt;" in html
    tags = re.findall(r"<(\w+)", html)
    assert set(tags) <= {"div", "p", "a"}
    assert all(href == "#action-5-2" for href in re.findall(r'href="([^"]*)"', html)), (
        "every link is one this module made"
    )


def test_the_stored_report_cleaner_keeps_the_reports_ids_and_drops_others():
    html = str(
        clean_stored_report_html(
            '<nav aria-labelledby="contents"><h2 id="contents">C</h2></nav><h4 id="action-4-2"><span id="action-4-5">'
            '</span>A</h4><a href="#action-4-2">x</a><a href="#main-content">y</a><h2 id="main-content">z</h2>'
            '<a href="/admin/">a</a><a href="//evil.example/">b</a><a href="https://example.org/">c</a>'
            "<dl><dt>t</dt><dd>d</dd></dl>"
        )
    )
    assert '<nav aria-labelledby="contents"><h2 id="contents">' in html
    assert '<h4 id="action-4-2"><span id="action-4-5"></span>' in html
    assert 'href="#action-4-2"' in html and "main-content" not in html
    assert "/admin/" not in html and "evil.example" not in html and 'href="https://example.org/"' in html
    assert "<dl><dt>t</dt><dd>d</dd></dl>" in html


def test_the_published_report_does_not_change_after_later_edits(client, published, coordinator):
    urls = [
        f"/clip/report/{published.pk}/",
        f"/cy/clip/report/{published.pk}/",
        f"/clip/report/{published.pk}.csv",
        f"/cy/clip/report/{published.pk}.json",
    ]
    before = {url: client.get(url).content for url in urls}
    action = Action.objects.get(number="4.2")
    services.action_details_update(action=action, expected_version=action.version, title="Renamed later")
    action.refresh_from_db()
    services.action_status_change(
        action=action, to_status="completed", reason="Later", acting_user=coordinator, expected_version=action.version
    )
    with pytest.raises(services.ClipError):
        services.action_narrative_compose(action=action, period=published, narrative="Later.", acting_user=coordinator)
    ActionNarrative.objects.filter(action=action).update(narrative="Rewritten behind the report’s back.")
    Theme.objects.filter(number=1).update(title="Renamed theme")
    for url, content in before.items():
        assert client.get(url).content == content, url
    assert "Officials joined the Wales Futures Network" in before[urls[0]].decode()


def test_corrections_show_dated_above_the_frozen_report(client, published, coordinator):
    before = client.get(f"/clip/report/{published.pk}/").content.decode()
    ReportErratum.objects.create(period=published, text="The figure in 1.1 is 21.", text_cy="Y ffigur yw 21.")
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    erratum = page.index("The figure in 1.1 is 21.")
    assert page.index("Correction, ") < erratum < page.index("cylch-report-cover")
    start = before.index('<div class="cylch-report"')
    body = before[start : before.index("</main>")]
    assert body in page  # the report itself is byte for byte what it was


def test_welsh_csv_has_welsh_headers_and_status_words(client, published):
    text = client.get(f"/cy/clip/report/{published.pk}.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    with translation.override("cy"):
        expected = [str(label) for _key, label in services.REPORT_COLUMNS] + [gettext("Licence")]
    assert rows[0] == expected
    assert "Statws" in rows[0]
    by_number = {row[1]: row for row in rows[1:]}
    assert by_number["1.1"][4] == "Ar y gweill"
    assert by_number["1.1"][2] == "Teitl 1.1"
    assert by_number["4.5"][5] == by_number["4.2"][5] and by_number["4.5"][6] == "4.2"
    assert by_number["1.1"][-1] == "Open Government Licence v3.0"
    assert by_number["1.1"][7] == "2025-03-31" and by_number["1.1"][8] == "Dyfodol Cynaliadwy"
    assert by_number["1.1"][9] == "Cymru lewyrchus; Hirdymor"


def test_json_keeps_english_keys_and_carries_language_and_licence(client, published):
    data = json.loads(client.get(f"/cy/clip/report/{published.pk}.json").content)
    assert data["language"] == "cy" and data["licence"] == "Open Government Licence v3.0"
    assert data["period"] == "Chwefror 2023 – Chwefror 2024" and data["title"] == REPORT_TITLE_CY
    first = data["actions"][0]
    assert list(first) == [key for key, _label in services.REPORT_COLUMNS]
    assert first["status"] == "Ar y gweill" and first["progress"].startswith("Gwnaethom gyhoeddi")
    english = json.loads(client.get(f"/clip/report/{published.pk}.json").content)
    assert english["actions"][0]["progress"].startswith("We published the annual report.")
    assert english["actions"][0]["commitment"] == "We will do 1.1."


# The PDF --------------------------------------------------------------------------------------------------------

PAGE_NUMBER = re.compile(r"^\d+ / \d+$")


def pdf_pages(content: bytes) -> list[list[str]]:
    """Each page's lines of text, the page number ("3 / 12") left out."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(content)).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        pages.append([line for line in lines if line and not PAGE_NUMBER.match(line)])
    return pages


def page_numbers(content: bytes) -> list[str]:
    from pypdf import PdfReader

    return [
        next((line.strip() for line in page.extract_text().splitlines() if PAGE_NUMBER.match(line.strip())), "")
        for page in PdfReader(io.BytesIO(content)).pages
    ]


@pytest.fixture
def published_pdf(client, published):
    response = client.get(f"/clip/report/{published.pk}.pdf")
    assert response.status_code == 200
    return response


def test_the_pdf_is_an_a4_download_named_by_report_and_language(published_pdf, published):
    from pypdf import PdfReader

    assert published_pdf["Content-Type"] == "application/pdf"
    assert published_pdf["Content-Disposition"] == f'attachment; filename="clip-report-{published.pk}-en.pdf"'
    first = PdfReader(io.BytesIO(published_pdf.content)).pages[0]
    width_mm, height_mm = (float(side) * 25.4 / 72 for side in (first.mediabox.width, first.mediabox.height))
    assert round(width_mm) == 210 and round(height_mm) == 297


def test_the_pdf_cover_is_page_one_with_title_period_and_date(published_pdf):
    pages = pdf_pages(published_pdf.content)
    cover = " ".join(pages[0])
    assert (
        REPORT_TITLE in cover and "February 2023 – February 2024" in cover and "First published: 23 May 2024" in cover
    )
    assert "Contents" not in cover  # the cover has its page to itself


def test_every_theme_starts_a_page_of_the_pdf(published_pdf):
    pages = pdf_pages(published_pdf.content)
    for number, (title, _cy) in THEMES.items():
        heading = f"Theme {number}: {title}"
        assert any(" ".join(lines[:2]).startswith(heading) for lines in pages), heading
    assert len(pages) >= 1 + len(THEMES)


def test_the_pdf_numbers_its_pages_and_ends_on_content(published_pdf):
    numbers = page_numbers(published_pdf.content)
    total = len(numbers)
    assert numbers == [f"{n} / {total}" for n in range(1, total + 1)]
    last = pdf_pages(published_pdf.content)[-1]
    assert any("Open Government Licence v3.0" in line for line in last)
    assert any("Sustainable.Futures@example.org" in line for line in last)


def test_the_welsh_pdf_is_in_welsh(client, published):
    response = client.get(f"/cy/clip/report/{published.pk}.pdf")
    assert response["Content-Disposition"] == f'attachment; filename="clip-report-{published.pk}-cy.pdf"'
    cover = " ".join(pdf_pages(response.content)[0])
    assert REPORT_TITLE_CY in cover and "Chwefror 2023 – Chwefror 2024" in cover


def test_a_published_pdf_is_drawn_once_and_again_after_a_correction(client, published, coordinator, monkeypatch):
    renders = []
    render = pdf.pdf_from_document
    monkeypatch.setattr(pdf, "pdf_from_document", lambda *args, **kwargs: renders.append(1) or render(*args, **kwargs))
    first = client.get(f"/clip/report/{published.pk}.pdf").content
    cache.clear()  # kept in the database, not only in the cache
    second = client.get(f"/clip/report/{published.pk}.pdf").content
    assert first == second and len(renders) == 1
    services.erratum_add(period=published, text="A correction.", acting_user=coordinator)
    client.get(f"/clip/report/{published.pk}.pdf")
    assert len(renders) == 2  # a correction is part of the PDF, so it is made again


def test_while_a_pdf_is_being_drawn_others_are_asked_to_try_again(client, published):
    cache.add(f"clip:report-pdf-drawing:{published.pk}:en", 1, 60)
    response = client.get(f"/clip/report/{published.pk}.pdf")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Try again in a minute." in response.content.decode()
    cache.delete(f"clip:report-pdf-drawing:{published.pk}:en")
    assert client.get(f"/clip/report/{published.pk}.pdf").status_code == 200


def test_beat_prepares_every_published_pdf_once(published):
    assert pdf.published_pdfs_prepare() == 2  # English and Welsh
    assert pdf.published_pdfs_prepare() == 0
    assert ReportPdf.objects.filter(period=published).count() == 2


def test_a_draft_pdf_is_for_coordinators_only(client, report_period, member, coordinator):
    assert client.get(f"/clip/report/{report_period.pk}.pdf").status_code == 404
    client.force_login(member)
    assert client.get(f"/clip/report/{report_period.pk}.pdf").status_code == 404
    client.force_login(coordinator)
    response = client.get(f"/clip/report/{report_period.pk}.pdf")
    assert response.status_code == 200
    assert "this report has not been published" in " ".join(pdf_pages(response.content)[0])


def test_the_pdf_renderer_fetches_nothing_but_its_stylesheet(monkeypatch):
    import urllib.request

    from django.templatetags.static import static

    opened = []

    def no_network(self, url, *args, **kwargs):
        opened.append(url)  # WeasyPrint turns a fetcher's error into a warning, so the attempt is recorded
        raise OSError("no network in this test")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    fetcher = pdf.LocalStylesheetFetcher()
    assert b"@page" in fetcher.fetch(f"https://any.example{static(pdf.PRINT_STYLESHEET)}").read()
    for url in ["https://example.org/x.css", "file:///etc/passwd", "http://127.0.0.1:9/static/css/cylch.css"]:
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    document = (
        f'<html><head><link rel="stylesheet" href="{static(pdf.PRINT_STYLESHEET)}">'
        '<link rel="stylesheet" href="https://example.org/x.css"></head>'
        '<body><img src="https://example.org/x.png"><p>Hello</p></body></html>'
    )
    assert pdf.pdf_from_document(document, base_url="https://cylch.example/clip/report/1.pdf").startswith(b"%PDF")
    assert opened == []


def test_the_report_page_links_the_pdf_and_the_print_stylesheet(client, published):
    page = client.get(f"/clip/report/{published.pk}/").content.decode()
    assert f'href="/clip/report/{published.pk}.pdf"' in page and "Download PDF" in page
    assert 'href="/static/css/report-print.css" media="print"' in page


def test_the_report_costs_the_same_queries_at_3_and_30_actions(
    client, report_period, coordinator, django_assert_max_num_queries
):
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        small = client.get(f"/clip/report/{report_period.pk}/")
    make_actions(report_period.plan, [f"7.{n}" for n in range(1, 21)])
    with django_assert_max_num_queries(12):
        large = client.get(f"/clip/report/{report_period.pk}/")
    assert (
        large.content.decode().count("cylch-report-action") == small.content.decode().count("cylch-report-action") + 20
    )
