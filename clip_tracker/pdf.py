"""The progress report as an A4 PDF: the report's own HTML in a standalone document
(``clip_tracker/report_document.html``) laid out by WeasyPrint with ``static/css/report-print.css``.

WeasyPrint reaches nothing outside the machine: its fetcher serves that one stylesheet from disk and refuses
every other address (people's links stay links in the PDF; nothing is downloaded). A published report never
changes, so its PDF is kept in the cache under a hash of everything it is made from and rendered once.
"""

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.templatetags.static import static
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

PRINT_STYLESHEET = "css/report-print.css"
# A published report's PDF: long enough that downloads rarely render it again, short enough to go in the end.
CACHE_SECONDS = 60 * 60 * 24 * 30


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


def pdf_of_published_report(*, period_pk: int, language: str, document_html: str, base_url: str) -> bytes:
    """A published report's PDF, rendered once for each version of its document and stylesheet."""
    digest = hashlib.sha256(document_html.encode())
    digest.update(_stylesheet_path().read_bytes())
    key = f"clip:report-pdf:{period_pk}:{language}:{digest.hexdigest()}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = pdf_from_document(document_html, base_url=base_url)
        cache.set(key, pdf, CACHE_SECONDS)
    return pdf
