"""What the soak's clients do: a visitor reads public pages and feeds; a demo person signs in through the real
form and browses, joins and leaves communities, says they are going to sessions and withdraws, reads their private
feed, and (the host, who holds CLIP action 1.7) adds CLIP updates. Every target is found in the pages themselves,
as a person would find it, so the soak works against any seeded copy of the portal."""

import random
import re
import threading
from collections.abc import Callable
from datetime import date

from .browser import Browser, Page, RequestFailed

DEMO_PASSWORD = "cylch-demo-2026"  # set by seed_demo only when DEBUG is on

# (email, Accept-Language, may join and leave communities, adds CLIP updates). The host hosts every demo
# community, and a community's only host may not leave it, so the host writes CLIP updates instead.
DEMO_PEOPLE = [
    ("host@cylch.example", "en-GB,en;q=0.8", False, True),
    ("member@cylch.example", "cy,en;q=0.5", True, False),
    ("staff@cylch.example", "en-GB,en;q=0.8", True, False),
    ("coordinator@cylch.example", "cy,en;q=0.5", True, False),
    ("admin@cylch.example", "en-GB,en;q=0.8", True, False),
]

COMMUNITY_LINK = re.compile(r'href="(?:/cy)?/communities/([a-z0-9-]+)/"')
NOT_A_COMMUNITY = {"mine", "suggest", "suggestions"}
SESSION_LINK = re.compile(r'href="(?:/cy)?/sessions/(\d+)/"')
ACTION_LINK = re.compile(r'href="(?:/cy)?/clip/actions/([0-9A-Za-z.\-]+)/"')
# Joining and withdrawing a request are forms on the page; leaving is a link to a confirmation page whose
# button posts to the same address.
MEMBERSHIP_FORM = re.compile(
    r'(?:<form method="post" action="|<a href=")((?:/cy)?/communities/[a-z0-9-]+/(?:join|leave)/)"'
)
RSVP_FORM = re.compile(r'action="((?:/cy)?/sessions/\d+/rsvp/)">.*?name="going" value="(yes|no)"', re.S)
UPDATE_FORM = re.compile(r'action="((?:/cy)?/clip/actions/[^/"]+/update/)"')
UPDATE_PERIOD = re.compile(r'<input type="hidden" name="period" value="(\d+)"')
PRIVATE_FEED = re.compile(r"/calendar/([A-Za-z0-9_\-]+)\.ics")


class Visitor:
    """Someone who is not signed in."""

    def __init__(self, *, browser: Browser, seed: int):
        self.browser = browser
        self.random = random.Random(seed)
        self.communities: set[str] = set()
        self.sessions: set[str] = set()
        self.actions: set[str] = set()
        self.etags: dict[str, str] = {}

    def __repr__(self):
        return "visitor"

    def start(self) -> None:
        self.page("/communities/")
        self.page("/sessions/")

    def steps(self) -> list[tuple[int, Callable[[], None]]]:
        return [(6, self.browse), (2, self.public_feed), (1, self.static_file)]

    def step(self) -> None:
        weights, actions = zip(*self.steps(), strict=True)
        self.random.choices(actions, weights=weights)[0]()

    def page(self, path: str, kind: str = "page") -> Page:
        page = self.browser.get(kind, path)
        self._harvest(page)
        return page

    def _harvest(self, page: Page) -> None:
        self.communities.update(slug for slug in COMMUNITY_LINK.findall(page.text) if slug not in NOT_A_COMMUNITY)
        self.sessions.update(SESSION_LINK.findall(page.text))
        self.actions.update(ACTION_LINK.findall(page.text))

    def _pick(self, found: set[str]) -> str | None:
        return self.random.choice(sorted(found)) if found else None

    def browse_paths(self) -> list[str]:
        today = date.today()
        paths = [
            "/",
            "/communities/",
            "/communities/?q=climate",
            "/communities/?language=cy&sort=members",
            "/sessions/",
            f"/sessions/calendar/{today.year}/{today.month}/",
            "/cy/communities/",
            "/cy/sessions/",
            "/clip/",
            "/accessibility/",
        ]
        if community := self._pick(self.communities):
            paths += [f"/communities/{community}/"] * 3
        if session := self._pick(self.sessions):
            paths += [f"/sessions/{session}/"] * 3
        return paths

    def browse(self) -> None:
        self.page(self.random.choice(self.browse_paths()))

    def feed(self, kind: str, path: str) -> None:
        """A calendar client's poll: If-None-Match with the last ETag, so an unchanged feed answers 304."""
        headers = {"If-None-Match": self.etags[path]} if path in self.etags else {}
        page = self.browser.get(kind, path, headers=headers, final=(200, 304))
        if page.headers.get("ETag"):
            self.etags[path] = page.headers["ETag"]

    def public_feed(self) -> None:
        community = self._pick(self.communities)
        if community and self.random.random() < 0.5:
            self.feed("feed_public", f"/communities/{community}/calendar.ics")
        else:
            self.feed("feed_public", "/sessions/calendar.ics")

    def static_file(self) -> None:
        self.browser.get("static", self.random.choice(["/static/css/cylch.css", "/static/js/app.js"]))


class Person(Visitor):
    """A demo person, signed in through the real login form."""

    def __init__(self, *, browser: Browser, seed: int, email: str, changes_memberships: bool, writes_clip: bool):
        super().__init__(browser=browser, seed=seed)
        self.email = email
        self.changes_memberships = changes_memberships
        self.writes_clip = writes_clip
        self.private_feed = ""

    def __repr__(self):
        return self.email

    def start(self) -> None:
        self._harvest(self.browser.sign_in(self.email, DEMO_PASSWORD))
        super().start()
        self.page("/clip/mine/")
        page = self.page("/sessions/my-calendar/")
        if not PRIVATE_FEED.search(page.text):
            page = self.browser.submit("page", page, page.path, {"action": "rotate"})
        self.private_feed = f"/calendar/{PRIVATE_FEED.search(page.text).group(1)}.ics"

    def steps(self) -> list[tuple[int, Callable[[], None]]]:
        steps = [(6, self.browse), (3, self.rsvp), (1, self.feed_private), (1, self.public_feed), (1, self.static_file)]
        if self.changes_memberships:
            steps.append((2, self.membership))
        if self.writes_clip:
            steps.append((1, self.clip_update))
        return steps

    def browse_paths(self) -> list[str]:
        paths = super().browse_paths() + [
            "/communities/mine/",
            "/sessions/?mine=1",
            "/clip/mine/",
            "/accounts/profile/",
            "/notifications/digest/",
            "/sessions/my-calendar/",
        ]
        if action := self._pick(self.actions):
            paths.append(f"/clip/actions/{action}/")
        return paths

    def membership(self) -> None:
        """Joins (or asks to join) a community, or leaves it (or withdraws the request): whichever its page offers."""
        community = self._pick(self.communities)
        if community is None:
            return
        page = self.page(f"/communities/{community}/")
        form = MEMBERSHIP_FORM.search(page.text)
        if form is None:  # invite only
            return
        action = form.group(1)
        kind = "join" if action.endswith("/join/") else "leave"
        # Half the time as htmx sends it (the panel is swapped in place), half as a plain form post.
        htmx_target = "membership-panel" if self.random.random() < 0.5 else ""
        self.browser.submit(kind, page, action, {}, htmx_target=htmx_target)

    def rsvp(self) -> None:
        """Says they are going to a coming session, or withdraws: whichever its page offers."""
        session = self._pick(self.sessions)
        if session is None:
            return
        page = self.page(f"/sessions/{session}/")
        form = RSVP_FORM.search(page.text)
        if form is None:  # taken place or cancelled
            return
        action, going = form.groups()
        self.browser.submit("rsvp" if going == "yes" else "withdraw", page, action, {"going": going})

    def feed_private(self) -> None:
        self.feed("feed_private", self.private_feed)

    def clip_update(self) -> None:
        """Adds a progress update to an action they hold (1.7 for the demo host)."""
        held = sorted(self.actions & {"1.7"}) or sorted(self.actions)
        if not held:
            return
        page = self.page(f"/clip/actions/{self.random.choice(held)}/")
        form, period = UPDATE_FORM.search(page.text), UPDATE_PERIOD.search(page.text)
        if form is None or period is None:  # not a holder, or no reporting period open
            return
        self.browser.submit(
            "clip_update",
            page,
            form.group(1),
            {
                "narrative": f"Soak update {self.random.randrange(10**6)}: the **workshop** ran; next steps agreed.",
                "narrative_cy": "",
                "proposed_status": "",
                "corrects": "",
                "period": period.group(1),
            },
        )


def run_client(client: Visitor, *, stop: threading.Event, think_seconds: float) -> None:
    """Steps until stop is set; a failed step (already recorded) is followed by a pause, as a person would retry.
    A bug in the soak itself is recorded as a problem too, never swallowed."""
    recorder = client.browser.recorder
    try:
        client.start()
    except RequestFailed:
        return
    except Exception as error:
        recorder.problem("client", f"{client!r} could not start: {type(error).__name__}: {error}")
        return
    while not stop.is_set():
        try:
            client.step()
        except RequestFailed:
            stop.wait(1.0)
        except Exception as error:
            recorder.problem("client", f"{client!r}: {type(error).__name__}: {error}")
            stop.wait(1.0)
        stop.wait(client.random.uniform(0, 2 * think_seconds))
