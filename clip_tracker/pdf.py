"""The progress report as an A4 PDF: the report's own HTML in a standalone document
(``clip_tracker/report_document.html``) laid out by WeasyPrint with ``static/css/report-print.css``.

WeasyPrint reaches nothing outside the machine: its fetcher serves that one stylesheet from disk and refuses
every other address (people's links stay links in the PDF; nothing is downloaded). A published report never
changes, so its PDF is kept (``ReportPdf``) under a hash of everything it is made from, drawn by beat after
publishing or a correction, and by a download only when none is kept, one drawing at a time.
"""

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import selectors, services

PRINT_STYLESHEET = "css/report-print.css"


def _stylesheet_path() -> Path:
    return Path(finders.find(PRINT_STYLESHEET) or staticfiles_storage.path(PRINT_STYLESHEET))


class LocalStylesheetFetcher(URLFetcher):
    """Serves the print stylesheet from disk, whatever host its address names; refuses every other address."""

    def __init__(self):
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.stylesheet_url_path = urlsplit(static(PRINT_STYLESHEET)).path

    def fetch(self, url, headers=None):
        if urlsplit(url).path != self.stylesheet_url_path:
            raise ValueError(f"The report's PDF fetches nothing but its stylesheet, not {url[:200]}")
        return URLFetcherResponse(
            url, body=_stylesheet_path().read_bytes(), headers={"Content-Type": "text/css; charset=utf-8"}
        )


def pdf_from_document(document_html: str, *, base_url: str) -> bytes:
    """The document as PDF bytes. ``base_url`` is the address the document is read as (links within it)."""
    return HTML(string=document_html, base_url=base_url, url_fetcher=LocalStylesheetFetcher()).write_pdf()


RENDER_LOCK_SECONDS = 5 * 60  # longer than any report takes to draw; a render that died lets the next one try


def report_document(*, period, language: str, body: str | None = None, report: dict | None = None) -> str:
    """The standalone document the PDF is drawn from, in ``language``: a published report's stored HTML (``body``)
    with its corrections, or a draft's ``report`` as it stands."""
    with translation.override(language):
        context = {"period": period, "errata": selectors.report_errata(period=period) if period.is_closed else []}
        if body is not None:
            context["body"] = body
        else:
            context.update(report or selectors.report_for(period=period))
        return render_to_string("clip_tracker/report_document.html", context)


def _base_url(period) -> str:
    return settings.SITE_URL + period.get_absolute_url()


def draft_pdf(*, period, language: str) -> bytes:
    """A draft as it stands (for coordinators): drawn each time, never kept."""
    return pdf_from_document(report_document(period=period, language=language), base_url=_base_url(period))


def published_pdf(*, period, language: str) -> bytes | None:
    """A published report's PDF: the one kept if it was made from the same sources, or else drawn now and kept.
    Only one drawing of a report in a language runs at a time; while one runs, this answers None (try again)."""
    # As the report's page does, a report published before its HTML was kept is drawn from the data.
    body = selectors.report_body_published(period=period, language=language)
    document = report_document(period=period, language=language, body=body)
    digest = hashlib.sha256(document.encode())
    digest.update(_stylesheet_path().read_bytes())
    source_digest = digest.hexdigest()
    kept = selectors.report_pdf_kept(period=period, language=language, source_digest=source_digest)
    if kept is not None:
        return kept
    lock = f"clip:report-pdf-drawing:{period.pk}:{language}"
    if not cache.add(lock, 1, RENDER_LOCK_SECONDS):
        return None
    try:
        content = pdf_from_document(document, base_url=_base_url(period))
        services.report_pdf_save(period=period, language=language, source_digest=source_digest, content=content)
    finally:
        cache.delete(lock)
    return content


def published_pdfs_prepare() -> int:
    """Draws every published report's PDF, in both languages, that is missing or out of date (after a correction);
    returns how many it drew. Run by beat, so a download rarely waits."""
    drawn = 0
    for period in selectors.periods_published():
        for language in ("en", "cy"):
            before = selectors.report_pdf_digest(period=period, language=language)
            if published_pdf(period=period, language=language) is not None:
                drawn += selectors.report_pdf_digest(period=period, language=language) != before
    return drawn
