"""One browser for the soak: cookies, the CSRF token from the page's own form, redirects followed one timed hop at
a time. Standard library only (urllib), so the soak adds no dependency."""

import html
import http.client
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.cookiejar import CookieJar

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# Error messages (django.contrib.messages at level "error") and form error summaries carry role="alert".
BANNER_HEADING = re.compile(
    r'govuk-notification-banner" role="alert".*?govuk-notification-banner__heading">(.*?)</p>', re.S
)
ERROR_SUMMARY = re.compile(r"govuk-error-summary.*?<ul[^>]*>(.*?)</ul>", re.S)
TAGS = re.compile(r"<[^>]+>")


class RequestFailed(Exception):
    """A request went wrong (already recorded as a problem); the client gives up on what it was doing."""


@dataclass(frozen=True)
class Sample:
    kind: str
    status: int
    seconds: float


class Recorder:
    """Every request's timing and every problem, from all the clients' threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self.samples: list[Sample] = []
        self.problems: list[tuple[str, str]] = []

    def request(self, sample: Sample) -> None:
        with self._lock:
            self.samples.append(sample)

    def problem(self, kind: str, text: str) -> None:
        with self._lock:
            self.problems.append((kind, text))

    def counts(self) -> tuple[int, int]:
        with self._lock:
            return len(self.samples), len(self.problems)


@dataclass(frozen=True)
class Page:
    status: int
    path: str
    headers: Message
    text: str

    def csrf_token(self) -> str:
        found = CSRF_FIELD.search(self.text)
        if not found:
            raise RequestFailed(f"no CSRF token on {self.path}")
        return found.group(1)

    def refusal(self) -> str:
        """The text of an error message or form error on the page, or ""."""
        for pattern in (BANNER_HEADING, ERROR_SUMMARY):
            found = pattern.search(self.text)
            if found:
                return " ".join(html.unescape(TAGS.sub(" ", found.group(1))).split())
        return ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 3xx comes back as an HTTPError and Browser follows it itself, timing each hop


class Browser:
    def __init__(
        self, *, base_url: str, recorder: Recorder, accept_language: str = "en-GB,en;q=0.8", timeout: float = 30.0
    ):
        self.base_url = base_url.rstrip("/")
        parts = urllib.parse.urlsplit(self.base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.recorder = recorder
        self.accept_language = accept_language
        self.timeout = timeout
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()), _NoRedirect())

    def _local(self, location: str) -> str:
        parts = urllib.parse.urlsplit(urllib.parse.urljoin(self.base_url + "/", location))
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            raise RequestFailed(f"redirected off the site, to {location}")
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def send(
        self,
        kind: str,
        method: str,
        path: str,
        *,
        data: dict | None = None,
        headers: dict | None = None,
        expect: tuple[int, ...] = (200,),
    ) -> Page:
        """One request, timed and recorded; an unexpected status or a failed connection is a problem."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(
            self.base_url + path,
            data=body,
            method=method,
            headers={"User-Agent": "cylch-soak", "Accept-Language": self.accept_language, **(headers or {})},
        )
        started = time.perf_counter()
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status, response_headers, content = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:  # 3xx (not followed here), 4xx and 5xx
            with error:
                status, response_headers, content = error.code, error.headers, error.read()
        except (OSError, http.client.HTTPException) as error:  # refused, reset, timed out
            self.recorder.request(Sample(kind, 0, time.perf_counter() - started))
            self.recorder.problem(kind, f"{method} {path}: {type(error).__name__}: {error}")
            raise RequestFailed(str(error)) from error
        self.recorder.request(Sample(kind, status, time.perf_counter() - started))
        if status not in expect:
            self.recorder.problem(kind, f"{method} {path} answered {status}")
            raise RequestFailed(f"{method} {path} answered {status}")
        return Page(status, path, response_headers, content.decode("utf-8", "replace"))

    def get(self, kind: str, path: str, *, headers: dict | None = None, final: tuple[int, ...] = (200,)) -> Page:
        """A GET, following redirects as a browser does; each hop is timed on its own."""
        for _hop in range(5):
            page = self.send(kind, "GET", path, headers=headers, expect=(*final, 301, 302))
            if page.status not in (301, 302) or page.status in final:
                return page
            path = self._local(page.headers["Location"])
        self.recorder.problem(kind, f"GET {path}: more than five redirects")
        raise RequestFailed("redirect loop")

    def submit(self, kind: str, form_page: Page, action: str, fields: dict, *, htmx_target: str = "") -> Page:
        """Posts a form from form_page with its CSRF token, as the browser (or htmx) would, and returns the page
        the person sees next. An error message on that page is a problem: the portal refused the change."""
        headers = {"Origin": self.origin, "Referer": self.base_url + form_page.path}
        if htmx_target:
            headers.update(
                {"HX-Request": "true", "HX-Target": htmx_target, "HX-Current-URL": self.base_url + form_page.path}
            )
        data = {"csrfmiddlewaretoken": form_page.csrf_token(), **fields}
        page = self.send(kind, "POST", action, data=data, headers=headers, expect=(200,) if htmx_target else (302,))
        if page.status == 302:
            page = self.get("page", self._local(page.headers["Location"]))
        refusal = page.refusal()
        if refusal:
            self.recorder.problem(kind, f"POST {action} refused: {refusal}")
            raise RequestFailed(refusal)
        return page

    def sign_in(self, email: str, password: str) -> Page:
        form_page = self.get("page", "/accounts/login/")
        data = {"csrfmiddlewaretoken": form_page.csrf_token(), "login": email, "password": password}
        headers = {"Origin": self.origin, "Referer": self.base_url + form_page.path}
        page = self.send("sign_in", "POST", form_page.path, data=data, headers=headers, expect=(302, 200))
        if page.status != 302:
            self.recorder.problem(
                "sign_in",
                f"{email} could not sign in ({page.refusal() or 'no redirect'}); "
                "was the database seeded with DEBUG=true python manage.py seed_demo?",
            )
            raise RequestFailed("sign-in failed")
        return self.get("page", self._local(page.headers["Location"]))
