"""Who may use each address: a permission matrix generated from the URLconf.

Every URL pattern in ``portal.urls`` (through every include, the admin site's too) needs an entry in
``EXPECTED``, keyed by its name (``namespace:name``); a pattern without one fails
``test_every_url_has_an_entry_in_the_matrix`` by name, so no new view ships unguarded. Each entry is
requested as each role, by GET and by POST with an empty body, and the status must be the one written
down. Whenever the answer is a refusal (sign in first, 403, 404, 405, 410) the database must not have
changed.

The world (people, two communities, sessions, a co-coaching pair, a CLIP plan) is built once for the
module inside a transaction that is rolled back at the end; each test runs in a savepoint inside it.
"""

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time, timedelta
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from accounts.middleware import PAGES_BEFORE_ENROLMENT
from tests.factories import make_person, second_factor_enrol

# The people the matrix asks about. staff: a signed-in, confirmed person with no memberships (a member of
# staff of the organisations, not Django's ``is_staff``). member: an active member of community A.
# host_a, host_b: hosts of A and of B. holder: holds CLIP action 1.1. coordinator: in
# settings.COORDINATORS_GROUP and, as in production, allowed into the admin site. superuser: is_superuser
# and is_staff. The co-coaching pair is the member and the holder.
ROLES = ("anonymous", "staff", "member", "host_a", "host_b", "holder", "coordinator", "superuser")

# Outcomes other than a plain status code.
LOGIN = "302 to sign in"
ADMIN_LOGIN = "302 to the admin sign-in"
REDIRECT = "302 onwards"  # a successful POST, or a signed-in person sent on from a signed-out page

REFUSALS = {LOGIN, ADMIN_LOGIN, 403, 404, 405, 410}


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def signed_in(outcome):
    """Anyone signed in; signed-out people are sent to sign in."""
    return {**everyone(outcome), "anonymous": LOGIN}


def only(roles, outcome, *, others):
    """These roles get ``outcome``; other signed-in people get ``others``; signed-out people sign in."""
    return {**everyone(others), "anonymous": LOGIN, **dict.fromkeys(roles, outcome)}


@dataclass(frozen=True)
class Case:
    """One concrete address for a URL pattern, and what each role gets by GET and by POST."""

    get: dict
    post: dict | None
    kwargs: Callable = lambda w: {}
    label: str = ""
    # For dangerous views: even a person allowed to use it changes nothing by POSTing an empty form.
    empty_post_changes_nothing: bool = False


# Pages any visitor may see, signed in or not, that only answer GET.
PUBLIC_PAGE = Case(get=everyone(200), post=everyone(405))
# Pages for signed-in people only that only answer GET.
SIGNED_IN_PAGE = Case(get=signed_in(200), post=signed_in(405))
# Who has set up an authenticator app (their roles require it).
ENROLLED = ("coordinator", "superuser")

HOSTS_OF_A = ("host_a", "coordinator")
COORDINATORS_200 = only(("coordinator",), 200, others=403)  # coordinators may step in for any community

# How a session's management pages answer, for a public session and for a members-only one of A.
# Coordinators cannot see members-only sessions of communities they do not belong to (404 before 403).
MANAGE_PUBLIC_SESSION = only(HOSTS_OF_A, 200, others=403)
MANAGE_MEMBERS_ONLY_SESSION = {**only(("host_a",), 200, others=404), "member": 403}


def session_management(*, answers_post: bool):
    """An empty POST to a form page shows the form again (200) to those allowed; GET-only pages answer 405."""
    return [
        Case(
            label="public",
            kwargs=lambda w: {"pk": w.public_occurrence},
            get=MANAGE_PUBLIC_SESSION,
            post=MANAGE_PUBLIC_SESSION if answers_post else signed_in(405),
        ),
        Case(
            label="members-only",
            kwargs=lambda w: {"pk": w.members_only_occurrence},
            get=MANAGE_MEMBERS_ONLY_SESSION,
            post=MANAGE_MEMBERS_ONLY_SESSION if answers_post else signed_in(405),
        ),
    ]


EXPECTED: dict[str, Case | list[Case]] = {
    # --- site-wide -------------------------------------------------------------------------------
    "healthz": PUBLIC_PAGE,
    "livez": PUBLIC_PAGE,
    "readyz": PUBLIC_PAGE,
    "home": PUBLIC_PAGE,
    "accessibility": PUBLIC_PAGE,
    # The token is the credential: a wrong one is a 404 for everyone, the right one works for everyone.
    "person_feed": [
        Case(label="wrong token", kwargs=lambda w: {"token": "not-a-token"}, get=everyone(404), post=everyone(405)),
        Case(
            label="rotated token",
            kwargs=lambda w: {"token": w.rotated_feed_token},
            get=everyone(404),
            post=everyone(405),
        ),
        Case(label="right token", kwargs=lambda w: {"token": w.feed_token}, get=everyone(200), post=everyone(405)),
    ],
    # --- accounts --------------------------------------------------------------------------------
    "profile": Case(get=signed_in(200), post=signed_in(200)),  # an empty form is shown again with errors
    # The profile's other pages (issue 17): one concern each, about the signed-in person only.
    "profile_calendar": SIGNED_IN_PAGE,
    "profile_security": SIGNED_IN_PAGE,
    "personal_data": SIGNED_IN_PAGE,
    # "Your data" and deleting one's account act on the signed-in person only (there is no id to change).
    "personal_data_download": SIGNED_IN_PAGE,
    "account_delete": Case(get=signed_in(200), post=signed_in(200), empty_post_changes_nothing=True),
    # allauth: signing in and signing up are for signed-out people (signed-in people are sent on);
    # managing one's account needs signing in; the help pages and password reset are for anyone.
    "account_login": Case(get={**everyone(REDIRECT), "anonymous": 200}, post={**everyone(REDIRECT), "anonymous": 200}),
    "account_signup": Case(get={**everyone(REDIRECT), "anonymous": 200}, post={**everyone(REDIRECT), "anonymous": 200}),
    "account_logout": Case(get={**everyone(200), "anonymous": REDIRECT}, post=everyone(REDIRECT)),
    "account_reauthenticate": Case(get=signed_in(200), post=signed_in(200)),
    "account_email": Case(get=signed_in(200), post=signed_in(REDIRECT)),
    "account_change_password": Case(get=signed_in(200), post=signed_in(200)),
    # Everyone here has a password already, so setting one sends them to change it instead.
    "account_set_password": Case(get=signed_in(REDIRECT), post=signed_in(REDIRECT)),
    "account_reset_password": Case(get=everyone(200), post=everyone(200)),
    "account_inactive": PUBLIC_PAGE,
    "account_email_verification_sent": PUBLIC_PAGE,
    "account_reset_password_done": PUBLIC_PAGE,
    "account_reset_password_from_key_done": PUBLIC_PAGE,
    # Signing in by emailed code is switched off: there is never a code to confirm.
    "account_confirm_login_code": Case(
        get={**everyone(REDIRECT), "anonymous": LOGIN}, post={**everyone(REDIRECT), "anonymous": LOGIN}
    ),
    "account_confirm_email": Case(
        label="wrong key", kwargs=lambda w: {"key": "not-a-key"}, get=everyone(200), post=everyone(404)
    ),
    "account_reset_password_from_key": Case(
        label="wrong key", kwargs=lambda w: {"uidb36": "zz", "key": "not-a-key"}, get=everyone(200), post=everyone(200)
    ),
    # --- a second factor (allauth.mfa) and organisations' sign-in (allauth.socialaccount) ----------
    # The matrix's sessions were opened without signing in (force_login), so pages that change how a person signs in
    # first send them to confirm it is them (REDIRECT, to reauthenticate); only the coordinator and the superuser
    # have an authenticator app.
    "mfa_index": SIGNED_IN_PAGE,
    "mfa_authenticate": Case(
        get={**everyone(REDIRECT), "anonymous": LOGIN}, post={**everyone(REDIRECT), "anonymous": LOGIN}
    ),
    "mfa_reauthenticate": Case(
        get={**only(ENROLLED, 200, others=REDIRECT)}, post={**only(ENROLLED, 200, others=REDIRECT)}
    ),
    "mfa_activate_totp": Case(get=signed_in(REDIRECT), post=signed_in(REDIRECT)),
    "mfa_deactivate_totp": Case(get=only(ENROLLED, REDIRECT, others=404), post=only(ENROLLED, REDIRECT, others=404)),
    "mfa_view_recovery_codes": Case(get=only(ENROLLED, REDIRECT, others=404), post=signed_in(405)),
    "mfa_generate_recovery_codes": Case(get=signed_in(REDIRECT), post=signed_in(REDIRECT)),
    "mfa_download_recovery_codes": Case(
        get=only(ENROLLED, REDIRECT, others=404), post=only(ENROLLED, REDIRECT, others=404)
    ),
    "socialaccount_login_cancelled": PUBLIC_PAGE,
    "socialaccount_login_error": Case(get=everyone(401), post=everyone(405)),
    # Only in the middle of an organisation's sign-in that needs more details; otherwise back to the sign-in page.
    "socialaccount_signup": Case(get=everyone(LOGIN), post=everyone(LOGIN)),
    "socialaccount_connections": Case(get=signed_in(200), post=signed_in(200)),
    # A provider that is not configured is not there.
    "openid_connect_login": Case(
        kwargs=lambda w: {"provider_id": "not-configured"}, get=everyone(404), post=everyone(404)
    ),
    "openid_connect_callback": Case(
        kwargs=lambda w: {"provider_id": "not-configured"}, get=everyone(404), post=everyone(404)
    ),
    # --- communities -----------------------------------------------------------------------------
    "community_feed": Case(kwargs=lambda w: {"slug": w.slug_a}, get=everyone(200), post=everyone(405)),
    "communities:index": PUBLIC_PAGE,
    "communities:detail": Case(kwargs=lambda w: {"slug": w.slug_a}, get=everyone(200), post=everyone(405)),
    "communities:mine": SIGNED_IN_PAGE,
    "communities:suggest": Case(get=signed_in(200), post=signed_in(200)),
    "communities:suggestions": Case(get=only(("coordinator",), 200, others=403), post=signed_in(405)),
    "communities:suggestion_decide": Case(
        kwargs=lambda w: {"pk": w.suggestion, "decision": "decline"},
        get=signed_in(405),
        post=only(("coordinator",), REDIRECT, others=403),
    ),
    "communities:join": Case(kwargs=lambda w: {"slug": w.slug_a}, get=signed_in(405), post=signed_in(REDIRECT)),
    # GET is the page saying what leaving does (it says so to people who are not members too).
    "communities:leave": Case(kwargs=lambda w: {"slug": w.slug_a}, get=signed_in(200), post=signed_in(REDIRECT)),
    # Removing a member asks first (GET); the POST needs confirm=yes. The request to A is not a membership, so
    # hosts are sent back to the members page; B's host reaching A's memberships through B gets a 404.
    "communities:member_remove": [
        Case(
            label="a request to A",
            kwargs=lambda w: {"slug": w.slug_a, "membership_id": w.request_to_a},
            get=only(HOSTS_OF_A, REDIRECT, others=403),
            post=only(HOSTS_OF_A, REDIRECT, others=403),
            empty_post_changes_nothing=True,
        ),
        Case(
            label="a request to A through B",
            kwargs=lambda w: {"slug": w.slug_b, "membership_id": w.request_to_a},
            get=only(("host_b", "coordinator"), 404, others=403),
            post=only(("host_b", "coordinator"), 404, others=403),
        ),
    ],
    "communities:edit": Case(
        kwargs=lambda w: {"slug": w.slug_a},
        get=only(HOSTS_OF_A, 200, others=403),
        post=only(HOSTS_OF_A, 200, others=403),
    ),
    "communities:members": Case(
        kwargs=lambda w: {"slug": w.slug_a}, get=only(("member", *HOSTS_OF_A), 200, others=403), post=signed_in(405)
    ),
    "communities:membership_action": [
        Case(
            label="a request to A",
            kwargs=lambda w: {"slug": w.slug_a, "membership_id": w.request_to_a, "action": "decline"},
            get=signed_in(405),
            post=only(HOSTS_OF_A, REDIRECT, others=403),
        ),
        # B's host must not reach A's memberships through B's address.
        Case(
            label="a request to A through B",
            kwargs=lambda w: {"slug": w.slug_b, "membership_id": w.request_to_a, "action": "decline"},
            get=signed_in(405),
            post=only(("host_b", "coordinator"), 404, others=403),
        ),
        Case(
            label="unknown action",
            kwargs=lambda w: {"slug": w.slug_a, "membership_id": w.request_to_a, "action": "delete-everything"},
            get=signed_in(405),
            post=only(HOSTS_OF_A, 404, others=403),
        ),
    ],
    # --- sessions --------------------------------------------------------------------------------
    "sessions:index": PUBLIC_PAGE,
    "sessions:public_feed": PUBLIC_PAGE,
    "sessions:month": Case(
        kwargs=lambda w: {"year": w.session_year, "month": w.session_month}, get=everyone(200), post=everyone(405)
    ),
    "sessions:my_calendar": Case(get=signed_in(200), post=signed_in(REDIRECT)),
    "sessions:create": Case(
        kwargs=lambda w: {"community_slug": w.slug_a},
        get=only(HOSTS_OF_A, 200, others=403),
        post=only(HOSTS_OF_A, 200, others=403),
    ),
    "sessions:detail": [
        Case(label="public", kwargs=lambda w: {"pk": w.public_occurrence}, get=everyone(200), post=everyone(405)),
        Case(
            label="members-only",
            kwargs=lambda w: {"pk": w.members_only_occurrence},
            get={**everyone(404), "member": 200, "host_a": 200},
            post=everyone(405),
        ),
    ],
    "sessions:occurrence_ics": [
        Case(label="public", kwargs=lambda w: {"pk": w.public_occurrence}, get=everyone(200), post=everyone(405)),
        Case(
            label="members-only",
            kwargs=lambda w: {"pk": w.members_only_occurrence},
            get={**everyone(404), "member": 200, "host_a": 200},
            post=everyone(405),
        ),
    ],
    "sessions:rsvp": [
        Case(
            label="public", kwargs=lambda w: {"pk": w.public_occurrence}, get=signed_in(405), post=signed_in(REDIRECT)
        ),
        Case(
            label="members-only",
            kwargs=lambda w: {"pk": w.members_only_occurrence},
            get=signed_in(405),
            post=only(("member", "host_a"), REDIRECT, others=404),
        ),
    ],
    "sessions:move": session_management(answers_post=True),
    "sessions:cancel": session_management(answers_post=True),
    "sessions:series_details": session_management(answers_post=True),
    "sessions:attendees": session_management(answers_post=False),
    # --- co-coaching -----------------------------------------------------------------------------
    "coaching:index": PUBLIC_PAGE,
    "coaching:profile": Case(get=signed_in(200), post=signed_in(200)),
    "coaching:opt_out": Case(get=signed_in(405), post=signed_in(REDIRECT)),
    "coaching:coordinate": Case(
        get=only(("coordinator",), 200, others=403), post=only(("coordinator",), REDIRECT, others=403)
    ),
    # Only the two people in a pair: coordinators and superusers get 404 like everyone else.
    "coaching:pair": Case(
        kwargs=lambda w: {"pk": w.pair}, get=only(("member", "holder"), 200, others=404), post=signed_in(405)
    ),
    "coaching:slot_ics": Case(
        kwargs=lambda w: {"pk": w.pair}, get=only(("member", "holder"), 200, others=404), post=signed_in(405)
    ),
    "coaching:pair_action": Case(
        kwargs=lambda w: {"pk": w.pair, "action": "accept"},
        get=signed_in(405),
        post=only(("member", "holder"), REDIRECT, others=404),
    ),
    # --- CLIP ------------------------------------------------------------------------------------
    "clip:index": PUBLIC_PAGE,
    "clip:mine": SIGNED_IN_PAGE,
    "clip:actions_export": SIGNED_IN_PAGE,
    "clip:actions_import": Case(
        get=only(("coordinator",), 200, others=403), post=only(("coordinator",), 200, others=403)
    ),
    "clip:remind": Case(get=signed_in(405), post=only(("coordinator",), REDIRECT, others=403)),
    "clip:action": Case(kwargs=lambda w: {"number": w.action}, get=signed_in(200), post=signed_in(405)),
    # An empty update is shown again on the action's page with its errors (400).
    "clip:add_update": Case(
        kwargs=lambda w: {"number": w.action},
        get=signed_in(405),
        post=only(("holder", "coordinator"), 400, others=403),
    ),
    # An empty status change is shown again on the action's page with its errors beside the fields (400).
    "clip:change_status": Case(
        kwargs=lambda w: {"number": w.action}, get=signed_in(405), post=only(("coordinator",), 400, others=403)
    ),
    "clip:action_holders": Case(
        kwargs=lambda w: {"number": w.action}, get=signed_in(405), post=only(("coordinator",), 400, others=403)
    ),
    "clip:follow": Case(kwargs=lambda w: {"number": w.action}, get=signed_in(405), post=signed_in(REDIRECT)),
    # Published reports are open data; drafts are for coordinators only (404 for everyone else).
    "clip:report": [
        Case(label="published", kwargs=lambda w: {"pk": w.published_period}, get=everyone(200), post=everyone(405)),
        Case(
            label="draft",
            kwargs=lambda w: {"pk": w.draft_period},
            get={**everyone(404), "coordinator": 200},
            post=everyone(405),
        ),
    ],
    "clip:report_data": [
        Case(
            label="published",
            kwargs=lambda w: {"pk": w.published_period, "fmt": "csv"},
            get=everyone(200),
            post=everyone(405),
        ),
        Case(
            label="draft",
            kwargs=lambda w: {"pk": w.draft_period, "fmt": "json"},
            get={**everyone(404), "coordinator": 200},
            post=everyone(405),
        ),
        Case(
            label="unknown format",
            kwargs=lambda w: {"pk": w.published_period, "fmt": "xml"},
            get=everyone(404),
            post=everyone(405),
        ),
    ],
    "clip:report_pdf": [
        Case(label="published", kwargs=lambda w: {"pk": w.published_period}, get=everyone(200), post=everyone(405)),
        Case(
            label="draft",
            kwargs=lambda w: {"pk": w.draft_period},
            get={**everyone(404), "coordinator": 200},
            post=everyone(405),
        ),
    ],
    # The period's workflow: coordinators only. An empty form is shown again with its errors (400).
    "clip:periods": Case(get=COORDINATORS_200, post=signed_in(405)),
    "clip:period_open": Case(get=COORDINATORS_200, post=only(("coordinator",), 400, others=403)),
    "clip:period": Case(kwargs=lambda w: {"pk": w.draft_period}, get=COORDINATORS_200, post=signed_in(405)),
    "clip:period_make_current": Case(
        kwargs=lambda w: {"pk": w.draft_period}, get=signed_in(405), post=only(("coordinator",), REDIRECT, others=403)
    ),
    "clip:period_edit": [
        Case(
            label="open",
            kwargs=lambda w: {"pk": w.draft_period},
            get=COORDINATORS_200,
            post=only(("coordinator",), 400, others=403),
        ),
        # A published period is closed: coordinators are sent to its report.
        Case(
            label="published",
            kwargs=lambda w: {"pk": w.published_period},
            get=only(("coordinator",), REDIRECT, others=403),
            post=only(("coordinator",), REDIRECT, others=403),
        ),
    ],
    "clip:theme_note_edit": Case(
        kwargs=lambda w: {"pk": w.draft_period, "theme_number": 1},
        get=COORDINATORS_200,
        post=only(("coordinator",), REDIRECT, others=403),
    ),
    "clip:key_terms_edit": Case(
        kwargs=lambda w: {"pk": w.draft_period}, get=COORDINATORS_200, post=only(("coordinator",), 400, others=403)
    ),
    "clip:narrative_compose": Case(
        kwargs=lambda w: {"pk": w.draft_period, "number": w.action},
        get=COORDINATORS_200,
        post=only(("coordinator",), 400, others=403),
    ),
    "clip:proposal_answer": [
        Case(
            label="accept",
            kwargs=lambda w: {"pk": w.proposal, "answer": "accept"},
            get=signed_in(405),
            post=only(("coordinator",), REDIRECT, others=403),
        ),
        Case(
            label="unknown answer",
            kwargs=lambda w: {"pk": w.proposal, "answer": "maybe"},
            get=signed_in(405),
            post=only(("coordinator",), 404, others=403),
        ),
    ],
    # The checklist, then publishing once confirmed (an empty form confirms nothing).
    "clip:publish": Case(
        kwargs=lambda w: {"pk": w.draft_period},
        get=COORDINATORS_200,
        post=only(("coordinator",), 400, others=403),
        empty_post_changes_nothing=True,
    ),
    "clip:erratum_add": Case(
        kwargs=lambda w: {"pk": w.published_period},
        get=signed_in(405),
        post=only(("coordinator",), REDIRECT, others=403),
        empty_post_changes_nothing=True,
    ),
    # --- notifications ---------------------------------------------------------------------------
    "notifications:unsubscribe": [
        Case(label="wrong token", kwargs=lambda w: {"token": "not-a-token"}, get=everyone(404), post=everyone(404)),
        Case(
            label="used token",
            kwargs=lambda w: {"token": w.used_unsubscribe_token},
            get=everyone(410),
            post=everyone(410),
        ),
        Case(
            label="right token", kwargs=lambda w: {"token": w.unsubscribe_token}, get=everyone(200), post=everyone(200)
        ),
    ],
    "notifications:digest_preview": SIGNED_IN_PAGE,
    "notifications:digest_send": Case(get=signed_in(405), post=signed_in(REDIRECT)),
    # The profile's "Emails and reminders" page: an empty form is shown again with errors.
    "notifications:settings": Case(get=signed_in(200), post=signed_in(200)),
}


# --- the admin site, by rule -------------------------------------------------------------------------
# Only staff get past the admin's sign-in (everyone else is sent to it), and staff see only what their
# permissions allow. The superuser may do everything the ModelAdmins allow; coordinators may add,
# change and view the plan's parts (clip_tracker migration 0003) and the list of public bodies (accounts 0004), and nothing else.
COORDINATOR_ADMIN_MODELS = {
    "accounts_publicbody",
    "clip_tracker_plan",
    "clip_tracker_reportingperiod",
    "clip_tracker_theme",
    "clip_tracker_action",
    "clip_tracker_department",
    "clip_tracker_actionnarrative",
    "clip_tracker_keyterm",
    "clip_tracker_reporterratum",
}
# The audit trail is read-only for everyone, superusers too; the outbox is written by code, never added by hand.
# Co-coaching, sessions and memberships change only through their services (the admin shows them, and re-runs a
# failed round).
WRITTEN_BY_SERVICES_ADMIN_MODELS = {
    "communities_membership",
    "coaching_matchinground",
    "coaching_pair",
    "coaching_coachingprofile",
    "scheduling_sessionseries",
    "scheduling_occurrence",
    "scheduling_sessionchange",
    # A person's second factor and linked sign-ins change only on their own pages, which email them.
    "mfa_authenticator",
    "socialaccount_socialaccount",
}
# The CLIP's updates, audit trail, periods and report text are written on the portal's pages.
CLIP_WRITTEN_ON_THE_PORTAL = {
    "clip_tracker_progressupdate",
    "clip_tracker_statuschange",
    "clip_tracker_reportingperiod",
    "clip_tracker_actionnarrative",
    "clip_tracker_keyterm",
    "clip_tracker_reporterratum",
}
READ_ONLY_ADMIN_MODELS = {*CLIP_WRITTEN_ON_THE_PORTAL, *WRITTEN_BY_SERVICES_ADMIN_MODELS}
NO_ADD_ADMIN_MODELS = {"notifications_outboundemail", *CLIP_WRITTEN_ON_THE_PORTAL, *WRITTEN_BY_SERVICES_ADMIN_MODELS}
ADMIN_STAFF = ("coordinator", "superuser")
# /admin/login/: signed-out people go to the portal's sign-in (allauth), staff on to the admin, anyone else is refused;
# a posted password is never checked there.
ADMIN_SIGN_IN = {**everyone(403), "anonymous": LOGIN, **dict.fromkeys(ADMIN_STAFF, REDIRECT)}
ADMIN_POSTS = ("changelist", "add", "change", "delete")  # the model views that change anything


def admin_model_key(model) -> str:
    return f"{model._meta.app_label}_{model._meta.model_name}"


ADMIN_MODELS = {admin_model_key(model): model for model in admin.site._registry}


def admin_staff_only(staff_outcomes: dict) -> dict:
    return {**everyone(ADMIN_LOGIN), **staff_outcomes}


def admin_model_case(model_key: str, view: str) -> Case:
    """changelist, add, history, delete or change of one registered model."""
    coordinator_may = model_key in COORDINATOR_ADMIN_MODELS
    superuser = 200
    if (view == "add" and model_key in NO_ADD_ADMIN_MODELS) or (
        view == "delete" and model_key in READ_ONLY_ADMIN_MODELS
    ):
        superuser = 403
    coordinator = 200 if coordinator_may and view != "delete" else 403
    if view == "add" and model_key in NO_ADD_ADMIN_MODELS:
        coordinator = 403
    get = admin_staff_only({"coordinator": coordinator, "superuser": superuser})
    post = None
    if view in ADMIN_POSTS:
        superuser_post = superuser
        coordinator_post = coordinator
        if view == "change" and model_key in READ_ONLY_ADMIN_MODELS:
            superuser_post = coordinator_post = 403
        if view == "change" and model_key == "notifications_outboundemail":
            superuser_post = REDIRECT  # every field is read-only: an empty form is valid and re-saves the row as it was
        post = admin_staff_only({"coordinator": coordinator_post, "superuser": superuser_post})
    kwargs = (
        (lambda w: {})
        if view in ("changelist", "add")
        else (lambda w, key=model_key: {"object_id": w.admin_objects[key]})
    )
    return Case(kwargs=kwargs, get=get, post=post)


ADMIN_SITE_VIEWS = {
    "admin:index": Case(get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)), post=None),
    # The admin's own sign-in page is replaced by portal.views.admin_sign_in (below): the same address.
    "admin:login": Case(get=ADMIN_SIGN_IN, post=ADMIN_SIGN_IN),
    "admin_sign_in": Case(get=ADMIN_SIGN_IN, post=ADMIN_SIGN_IN),
    # Signing out of the admin: others are sent to the admin's front page (and from there to sign in).
    "admin:logout": Case(
        get={**everyone(REDIRECT), **dict.fromkeys(ADMIN_STAFF, 405)},
        post={**everyone(REDIRECT), **dict.fromkeys(ADMIN_STAFF, 200)},
    ),
    "admin:password_change": Case(
        get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)), post=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200))
    ),
    "admin:password_change_done": Case(get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)), post=None),
    # Without a field to complete, autocomplete refuses even staff.
    "admin:autocomplete": Case(get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 403)), post=None),
    "admin:jsi18n": Case(get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)), post=None),
    "admin:view_on_site": Case(
        kwargs=lambda w: {"content_type_id": w.community_content_type, "object_id": w.community_a},
        get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, REDIRECT)),
        post=None,
    ),
    "admin:app_list": [
        Case(
            label="clip_tracker",
            kwargs=lambda w: {"app_label": "clip_tracker"},
            get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)),
            post=None,
        ),
        Case(
            label="accounts",
            kwargs=lambda w: {"app_label": "accounts"},
            get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 200)),  # coordinators keep the list of public bodies
            post=None,
        ),
    ],
    # Changing a user's password needs permission to change users.
    "admin:auth_user_password_change": Case(
        kwargs=lambda w: {"id": w.admin_objects["accounts_user"]},
        get=admin_staff_only({"coordinator": 403, "superuser": 200}),
        post=admin_staff_only({"coordinator": 403, "superuser": 200}),
    ),
}


def admin_case(key: str, route: str) -> Case | list[Case] | None:
    """The admin rule's entry for one admin pattern, or None if the rule does not know it."""
    if key in ADMIN_SITE_VIEWS:
        return ADMIN_SITE_VIEWS[key]
    if key.startswith("admin:"):
        model_key, _, view = key.removeprefix("admin:").rpartition("_")
        if model_key in ADMIN_MODELS and view in ("changelist", "add", "history", "delete", "change"):
            return admin_model_case(model_key, view)
    if key.startswith("admin/"):
        if route.endswith("<path:object_id>/"):
            # The old-style address of an object: staff are sent on to its change page.
            model_key = "_".join(route.split("/")[1:3])
            return Case(
                kwargs=lambda w, k=model_key: {"object_id": w.admin_objects[k]},
                get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, REDIRECT)),
                post=None,
            )
        if "(?P<url>.*)$" in route:
            # Anything else under /admin/: nobody learns which addresses exist without signing in.
            return Case(
                kwargs=lambda w: {"url": "no-such-page/"},
                get=admin_staff_only(dict.fromkeys(ADMIN_STAFF, 404)),
                post=None,
            )
    return None


# --- walking the URLconf ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Pattern:
    key: str  # namespace:name, or the route for an unnamed pattern
    route: str
    named: bool


def url_patterns() -> list[Pattern]:
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if pattern.name:
                    key = f"{namespace}:{pattern.name}" if namespace else pattern.name
                    found.append(Pattern(key=key, route=route, named=True))
                else:
                    found.append(Pattern(key=route, route=route, named=False))

    walk(get_resolver().url_patterns, "", None)
    return found


PATTERNS = url_patterns()


def entry_for(pattern: Pattern) -> list[Case] | None:
    entry = EXPECTED.get(pattern.key) or admin_case(pattern.key, pattern.route)
    if entry is None:
        return None
    return entry if isinstance(entry, list) else [entry]


def path_for(pattern: Pattern, case: Case, world) -> str:
    kwargs = case.kwargs(world)
    if pattern.named:
        return reverse(pattern.key, kwargs=kwargs)
    route = pattern.route
    for name, value in kwargs.items():
        route = route.replace(f"<path:{name}>", str(value)).replace(f"(?P<{name}>.*)$", str(value))
    return "/" + route.lstrip("^")


def matrix_params():
    params = []
    for pattern in PATTERNS:
        for case in entry_for(pattern) or []:
            name = pattern.key + (f"[{case.label}]" if case.label else "")
            for method, outcomes in (("GET", case.get), ("POST", case.post)):
                if outcomes is None:
                    continue
                for role in ROLES:
                    params.append(pytest.param(pattern, case, role, method, id=f"{name}-{role}-{method}"))
    return params


# --- the world ---------------------------------------------------------------------------------------
def build_world() -> SimpleNamespace:
    from accounts.services import user_make_coordinator
    from clip_tracker import services as clip_services
    from clip_tracker.models import Action, Plan, ReportingPeriod, Theme
    from coaching import services as coaching_services
    from coaching.models import CoachingProfile, MatchingRound, Pair, PairState
    from communities import services as community_services
    from communities.models import Community, CommunitySuggestion, Membership, MembershipState, Topic
    from notifications import services as notification_services
    from notifications.models import EmailKind, OutboundEmail
    from sessions import services as session_services
    from sessions.models import LONDON, SessionSeries
    from sessions.recurrence import Recurrence

    people = {
        "staff": make_person("staff@example.org", name="Sam Staff"),
        "member": make_person("member@example.org", name="Siân Member"),
        "host_a": make_person("host.a@example.org", name="Dafydd Host"),
        "host_b": make_person("host.b@example.org", name="Bethan Host"),
        "holder": make_person("holder@example.org", name="Huw Holder"),
        "coordinator": make_person("coordinator@example.org", name="Catrin Coordinator"),
        "superuser": make_person("admin@example.org", name="Gwen Admin"),
    }
    coordinator, superuser = people["coordinator"], people["superuser"]
    user_make_coordinator(user=coordinator)
    coordinator.is_staff = True  # as in production: coordinators edit the plan in the admin site
    coordinator.save(update_fields=["is_staff"])
    superuser.is_staff = superuser.is_superuser = True
    superuser.save(update_fields=["is_staff", "is_superuser"])
    second_factor_enrol(coordinator)
    second_factor_enrol(superuser)
    applicant = make_person("applicant@example.org", name="Alun Applicant")

    def community(name, slug, host):
        return community_services.community_create(
            community=Community(name=name, slug=slug, summary="A community.", join_policy="open"),
            hosts=[host],
            acting_user=host,
        )

    community_a = community("Community A", "community-a", people["host_a"])
    community_a.topics.add(Topic.objects.create(slug="bees", name="Bees", kind="theme"))
    community_b = community("Community B", "community-b", people["host_b"])
    community_services.community_join(community=community_a, user=people["member"])
    request_to_a = Membership.objects.create(community=community_a, user=applicant, state=MembershipState.PENDING)
    suggestion = CommunitySuggestion.objects.create(suggested_by=people["staff"], name="Bees", description="Bees.")

    next_week = (
        (timezone.now() + timedelta(days=7)).astimezone(LONDON).replace(hour=12, minute=0, second=0, microsecond=0)
    )

    def occurrence(title, is_public):
        series = session_services.series_create(
            series=SessionSeries(
                community=community_a,
                title=title,
                first_start=next_week,
                duration=timedelta(hours=1),
                format="online",
                join_url="https://teams.example/room",
                is_public=is_public,
            ),
            recurrence=Recurrence(),
            acting_user=people["host_a"],
        )
        return series.occurrences.get().pk

    public_occurrence = occurrence("Open lunch", True)
    members_only_occurrence = occurrence("Members' circle", False)
    rotated_feed_token = session_services.feed_token_rotate(user=people["member"]).token
    feed_token = session_services.feed_token_rotate(user=people["member"]).token

    first, second = sorted([people["member"], people["holder"]], key=lambda person: person.pk)
    pair = Pair.objects.create(
        round=MatchingRound.objects.create(started_by=coordinator, status="done"),
        person_a=first,
        person_b=second,
        score=1,
        state=PairState.PROPOSED,
        slot_day="TU",
        slot_time=time(9, 0),
        slot_every="fortnightly",
    )
    coaching_services.profile_save(
        profile=CoachingProfile(
            user=people["member"], grade=3, field="policy", modes=["video"], region="north", availability=["TU-am"]
        ),
        topics=[],
        do_not_pair_emails=["host.b@example.org"],
    )

    today = timezone.localdate()
    plan = Plan.objects.create(
        title="CLIP", starts_on=today - timedelta(days=400), ends_on=today + timedelta(days=400), is_published=True
    )
    published_period = ReportingPeriod.objects.create(
        plan=plan,
        label="Last year",
        starts_on=today - timedelta(days=400),
        ends_on=today - timedelta(days=40),
        update_deadline=today - timedelta(days=50),
        published_at=timezone.now() - timedelta(days=30),
    )
    draft_period = ReportingPeriod.objects.create(
        plan=plan,
        label="This year",
        starts_on=today - timedelta(days=39),
        ends_on=today + timedelta(days=300),
        update_deadline=today + timedelta(days=290),
        is_current=True,
    )
    theme = Theme.objects.create(plan=plan, number=1, title="Theme 1")
    action = Action.objects.create(plan=plan, theme=theme, number="1.1", title="Action 1.1", commitment="We will.")
    action.holders.set([people["holder"]])
    clip_services.action_update_record(
        action=action, period=draft_period, narrative="Started.", author=people["holder"]
    )
    clip_services.action_status_change(
        action=action,
        to_status="on_track",
        reason="Going well.",
        acting_user=coordinator,
        expected_version=action.version,
    )
    proposal = clip_services.action_update_record(
        action=action, period=draft_period, narrative="Done.", author=people["holder"], proposed_status="completed"
    )
    clip_services.department_ensure(name="Sustainable Futures")
    clip_services.erratum_add(period=published_period, text="A date was wrong.", acting_user=coordinator)
    clip_services.key_terms_replace(
        period=draft_period, terms=[{"term": "Foresight", "definition": "Thinking ahead."}], acting_user=coordinator
    )
    clip_services.action_narrative_compose(
        action=action, period=draft_period, narrative="Going well.", acting_user=coordinator
    )

    for person in [*people.values(), applicant]:
        notification_services.settings_for(person)

    def digest_sent(month, **fields):
        token, token_hash = OutboundEmail.new_unsubscribe_token()
        OutboundEmail.objects.create(
            recipient=people["member"],
            kind=EmailKind.DIGEST,
            dedupe_key=f"monthly:{month}",
            template_prefix="x",
            context={},
            due_at=timezone.now(),
            sent_at=timezone.now(),
            unsubscribe_token_hash=token_hash,
            **fields,
        )
        return token

    used_unsubscribe_token = digest_sent("2020-01", unsubscribe_used_at=timezone.now())
    unsubscribe_token = digest_sent("2020-02")

    from allauth.socialaccount.models import SocialAccount

    SocialAccount.objects.create(user=people["staff"], provider="gov", uid="staff-at-gov", extra_data={})
    admin_objects = {}
    for key, model in ADMIN_MODELS.items():
        admin_objects[key] = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
    admin_objects["accounts_user"] = people["staff"].pk
    empty = sorted(key for key, pk in admin_objects.items() if pk is None)
    assert not empty, f"Add a row of each to build_world() so their admin pages can be checked: {empty}"

    # The coordinator and the superuser as they were before setting up an authenticator app (same rights).
    bare_coordinator = user_make_coordinator(user=make_person("bare.coordinator@example.org", name="Bare Coordinator"))
    bare_coordinator.is_staff = True
    bare_coordinator.save(update_fields=["is_staff"])
    bare_superuser = make_person("bare.admin@example.org", name="Bare Admin")
    bare_superuser.is_staff = bare_superuser.is_superuser = True
    bare_superuser.save(update_fields=["is_staff", "is_superuser"])

    sessions = {}
    for role, person in [
        *people.items(),
        ("coordinator without a second factor", bare_coordinator),
        ("superuser without a second factor", bare_superuser),
    ]:
        browser = Client()
        browser.force_login(person)
        sessions[role] = browser.cookies[settings.SESSION_COOKIE_NAME].value

    return SimpleNamespace(
        sessions=sessions,
        slug_a=community_a.slug,
        slug_b=community_b.slug,
        community_a=community_a.pk,
        community_content_type=ContentType.objects.get_for_model(Community).pk,
        request_to_a=request_to_a.pk,
        suggestion=suggestion.pk,
        public_occurrence=public_occurrence,
        members_only_occurrence=members_only_occurrence,
        session_year=next_week.year,
        session_month=next_week.month,
        feed_token=feed_token,
        rotated_feed_token=rotated_feed_token,
        pair=pair.pk,
        action=action.number,
        published_period=published_period.pk,
        draft_period=draft_period.pk,
        proposal=proposal.pk,
        unsubscribe_token=unsubscribe_token,
        used_unsubscribe_token=used_unsubscribe_token,
        admin_objects=admin_objects,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once, inside a transaction rolled back after the module; each test runs in a savepoint within it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
                built = build_world()
        except BaseException:
            outer.__exit__(*sys.exc_info())
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


# --- checking "nothing changed" ----------------------------------------------------------------------
WATCHED_APPS = {"accounts", "account", "auth", "communities", "scheduling", "coaching", "clip_tracker", "notifications"}


def database_state() -> dict:
    """Row counts of every app table and, on PostgreSQL, the rows written so far in this transaction."""
    tables = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label in WATCHED_APPS
        }
    )
    quote = connection.ops.quote_name
    state = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in tables))
        state.update({f"rows in {table}": count for table, count in zip(tables, cursor.fetchone(), strict=True)})
        if connection.vendor == "postgresql":
            # Catches updates too, which row counts cannot.
            cursor.execute(
                "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables"
                " WHERE n_tup_ins + n_tup_upd + n_tup_del > 0"
                # A visitor's session is not the portal's data: allauth keeps a refused POST there to resume it
                # after signing in.
                " AND relname <> 'django_session'"
            )
            state.update({f"writes to {table}": count for table, count in cursor.fetchall()})
    return state


def describe(response) -> str:
    location = response.get("Location")
    return f"{response.status_code}" + (f" to {location}" if location else "")


def outcome_matches(response, expected) -> bool:
    location = response.get("Location", "")
    if expected == LOGIN:
        return response.status_code == 302 and location.startswith(reverse("account_login"))
    if expected == ADMIN_LOGIN:
        return response.status_code == 302 and location.startswith(reverse("admin:login") + "?next=")
    if expected == REDIRECT:
        sign_in_pages = (reverse("account_login"), reverse("admin:login"))
        return response.status_code == 302 and not location.startswith(sign_in_pages)
    return response.status_code == expected


# --- the tests ---------------------------------------------------------------------------------------
def test_every_url_has_an_entry_in_the_matrix():
    missing = [f"{p.key} ({p.route})" for p in PATTERNS if entry_for(p) is None]
    assert not missing, (
        "These URLs have no entry in the permission matrix (portal/tests/test_permission_matrix.py EXPECTED); "
        "say who may use them: " + ", ".join(missing)
    )


def test_the_matrix_has_no_entries_for_urls_that_are_gone():
    known = {p.key for p in PATTERNS}
    stale = sorted(set(EXPECTED) - known)
    assert not stale, "EXPECTED names URLs the URLconf no longer has: " + ", ".join(stale)


@pytest.mark.parametrize(("pattern", "case", "role", "method"), matrix_params())
def test_matrix(pattern, case, role, method, world, client, db):
    expected = (case.get if method == "GET" else case.post)[role]
    path = path_for(pattern, case, world)
    if role != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    must_not_change = expected in REFUSALS or (method == "POST" and case.empty_post_changes_nothing)
    before = database_state() if must_not_change else None
    response = client.get(path) if method == "GET" else client.post(path, {})
    assert outcome_matches(response, expected), (
        f"{method} {path} as {role}: expected {expected}, got {describe(response)}"
    )
    if before is not None:
        after = database_state()
        changed = {
            key: (before.get(key), after.get(key))
            for key in before.keys() | after.keys()
            if before.get(key) != after.get(key)
        }
        assert not changed, f"{method} {path} as {role} ({expected}) changed the database: {changed}"


# --- a second factor first ---------------------------------------------------------------------------


def _role_only_params(role: str):
    """Every address and method the role may use (200, or a redirect onwards) and a member of staff may not."""
    params = []
    for pattern in PATTERNS:
        if pattern.key in PAGES_BEFORE_ENROLMENT:  # set-up itself, confirming who you are, signing out
            continue
        for case in entry_for(pattern) or []:
            for method, outcomes in (("GET", case.get), ("POST", case.post)):
                if outcomes is None or outcomes[role] not in (200, REDIRECT) or outcomes["staff"] not in REFUSALS:
                    continue
                name = pattern.key + (f"[{case.label}]" if case.label else "")
                params.append(pytest.param(pattern, case, method, id=f"{name}-{method}"))
    return params


@pytest.mark.parametrize(
    ("role", "pattern", "case", "method"),
    [
        pytest.param(role, *param.values, id=f"{role}-{param.id}")
        for role in ("coordinator", "superuser")
        for param in _role_only_params(role)
    ],
)
def test_without_a_second_factor_every_coordinator_and_admin_address_leads_to_setting_one_up(
    role, pattern, case, method, world, client, db
):
    """Each address only coordinators (or superusers: the admin site) may use, asked for by one with the same
    rights who has not set up an authenticator app: sent to set-up, and nothing changes."""
    client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[f"{role} without a second factor"]
    path = path_for(pattern, case, world)
    before = database_state()
    response = client.get(path) if method == "GET" else client.post(path, {})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp"), (
        f"{method} {path} as a {role} without a second factor: {describe(response)}"
    )
    assert database_state() == before


def test_the_set_up_page_is_open_to_them_and_says_why(world, client, db):
    client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions["coordinator without a second factor"]
    # This session was opened without a password (force_login): allauth asks for it before the set-up page.
    confirm = client.get(reverse("mfa_activate_totp"))
    assert confirm["Location"].startswith(reverse("account_reauthenticate"))
    assert client.get(confirm["Location"]).status_code == 200
    confirmed = client.post(confirm["Location"], {"password": "correct-horse-battery"})
    assert confirmed["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert "this is the only page you can use" in page.content.decode()
