"""Issue 12, bounds on every input: the CLIP import and dashboard cases that once gave a 500 or a huge page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from clip_tracker import importing
from clip_tracker.models import Action, StatusChange
from tests.factories import make_actions

HEADER = ",".join(importing.COLUMNS)


def upload(client, text: str, mode="save"):
    return client.post("/clip/import/", {"mode": mode, "file": SimpleUploadedFile("actions.csv", text.encode())})


def file_field_group(page: str) -> str:
    """The file field's form group: the refusal must be beside the field, not only in the summary."""
    start = page.index('<div class="govuk-form-group govuk-form-group--error">')
    return page[start : page.index('type="file"', start)]


@pytest.fixture
def signed_in(client, plan, coordinator):
    make_actions(plan, ["1.1"])
    client.force_login(coordinator)
    return client


def test_a_superscript_two_as_theme_is_a_row_error_not_a_500(signed_in):
    response = upload(signed_in, "\n".join([HEADER, "1.2,²,New action,,,,,,on_track"]))
    assert response.status_code == 200
    assert "Line 2: there is no theme “²”." in response.content.decode()
    assert not Action.objects.filter(number="1.2").exists()


@pytest.mark.parametrize("theme", ["٣", "１", "0", "-1", "99999999999999999999", " 1 1"])
def test_other_numbers_that_are_not_plain_theme_numbers_are_row_errors(signed_in, theme):
    response = upload(signed_in, "\n".join([HEADER, f"1.2,{theme},New action,,,,,,on_track"]))
    assert response.status_code == 200 and "there is no theme" in response.content.decode()
    assert not Action.objects.filter(number="1.2").exists()


def test_action_numbers_must_be_ascii_digits(signed_in):
    response = upload(signed_in, "\n".join([HEADER, "١.٢,1,New action,,,,,,on_track"]))
    assert "is not an action number like 2.3" in response.content.decode()
    assert Action.objects.count() == 1


def test_a_file_over_1_mb_is_refused_beside_the_file_field(signed_in):
    big = HEADER + "\n" + ("1.1,1,Title,,%s,,,,on_track\n" % ("x" * 1000)) * 1100
    assert len(big.encode()) > importing.MAX_BYTES
    response = upload(signed_in, big)
    assert response.status_code == 200
    page = response.content.decode()
    assert "The file is larger than 1 MB." in file_field_group(page)
    assert len(response.content) < 100_000
    assert Action.objects.get(number="1.1").title == "Action 1.1"


def test_a_file_of_1001_rows_is_refused_and_1000_rows_are_taken(signed_in):
    rows = [f"{1 + n // 99}.{n % 99 + 1},1,Action {n},,,,,,on_track" for n in range(1001)]
    response = upload(signed_in, "\n".join([HEADER, *rows]))
    assert "The file has more than 1,000 actions. Import at most 1,000 at a time." in file_field_group(
        response.content.decode()
    )
    assert Action.objects.count() == 1
    response = upload(signed_in, "\n".join([HEADER, *rows[:1000]]), mode="dry-run")
    page = response.content.decode()
    assert "A dry run: nothing has been saved yet." in page and "more than 1,000" not in page


def test_the_importer_itself_stops_after_1000_rows(plan, coordinator):
    rows = [f"{1 + n // 99}.{n % 99 + 1},1,Action {n},,,,,,on_track" for n in range(1001)]
    result = importing.actions_import(plan=plan, text="\n".join([HEADER, *rows]), acting_user=coordinator, dry_run=True)
    assert any("more than 1,000 actions" in error for error in result.errors)


def test_errors_are_capped_so_the_page_stays_small(signed_in):
    rows = [f"x{n}.{'y' * 100},{'²' * 100},{'t' * 201},,,,,{'9' * 100},{'?' * 100}" for n in range(900)]
    response = upload(signed_in, "\n".join([HEADER, *rows]))
    page = response.content.decode()
    assert page.count("<li>Line ") == importing.ERRORS_SHOWN
    assert "And 850 more rows with problems." in page
    assert len(response.content) < 100_000
    assert Action.objects.count() == 1


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1.2,1,%s,,,,,,on_track" % ("t" * 201), "the title column has more than 200 characters"),
        ("1.2,1,Title,,,,%s,,on_track" % ("h" * 201), "“%s…” is not in the list of departments" % ("h" * 40)),
        ("1.2,1,Ti\x00tle,,,,,,on_track", "it contains a null character"),
        ("1.2,1,Title,,,,,9999-12-31,on_track", "the target date 9999-12-31 is not between 2000 and 2100"),
        ("1.2,1,Title,,,,,0001-01-01,on_track", "is not between 2000 and 2100"),
        ("1.2,1,Title,,,,,2025-02-30,on_track", "is not a date like 2025-03-31"),
        ('1.2,1,"%s,,,,,,on_track' % ("q" * 200_000), "could not be read"),
    ],
)
def test_cells_that_cannot_be_stored_are_row_errors(signed_in, row, message):
    response = upload(signed_in, "\n".join([HEADER, row]))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Action.objects.count() == 1 and not StatusChange.objects.exists()


def test_a_header_with_spaces_still_imports(signed_in):
    header = ", ".join(importing.COLUMNS)
    upload(signed_in, "\n".join([header, "1.2,1,Spaced,,,,,,on_track"]))
    assert Action.objects.get(number="1.2").title == "Spaced"


def test_no_file_and_a_file_that_is_not_utf8_are_errors_beside_the_field(signed_in):
    response = signed_in.post("/clip/import/", {"mode": "save"})
    assert "Choose a CSV file to import." in file_field_group(response.content.decode())
    response = signed_in.post("/clip/import/", {"mode": "save", "file": SimpleUploadedFile("a.csv", b"\xff\xfe\x00")})
    assert "The file must be a CSV saved as UTF-8." in file_field_group(response.content.decode())


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "²"},
        {"theme": "99999999999999999999"},
        {"theme": "-1"},
        {"holder": "٣"},
        {"holder": "9" * 5000},
        {"topic": "a\x00b"},
        {"topic": "x" * 500},
        {"status": "\x00"},
    ],
)
def test_dashboard_filters_never_fail(signed_in, period, query):
    response = signed_in.get("/clip/", query)
    assert response.status_code == 200
    assert "Action 1.1" in response.content.decode()


@pytest.mark.parametrize("number", ["1%001", "1.1%00", "x" * 300])
def test_action_pages_with_impossible_numbers_are_404(signed_in, number):
    assert signed_in.get(f"/clip/actions/{number}/").status_code == 404
