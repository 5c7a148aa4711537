import calendar as month_calendar
import hashlib
from datetime import date

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import QuerySet
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe

from communities.models import MeetingLanguage, MembershipState
from communities.selectors import (
    access_community_for_management,
    community_choices,
    community_for_page,
    membership_of,
    user_can_manage_community,
)
from portal.bilingual import localised
from portal.dates import LONDON, Weekday, date_on_weekday, month_following, month_preceding
from portal.ical import CalendarResponse, body_digest, feed_gzip
from portal.spreadsheet import csv_response, csv_text
from portal.tokens import token_hash
from portal.visitor_cache import cached_for_visitors

from . import bank_holidays, bounds, feed_versions, feeds, selectors, services
from .feeds import calendar_bytes
from .forms import CancelForm, MoveForm, SeriesDetailsForm, SeriesForm
from .models import RsvpStatus, SessionFormat
from .recurrence import Recurrence, describe


@require_GET
@cached_for_visitors
def upcoming(request):
    """Anyone: upcoming public sessions (and members-only ones of the viewer's communities)."""
    communities = community_choices()
    filters = selectors.SessionFilters.from_query(request.GET, community_slugs={slug for slug, _name in communities})
    labels = {"date_from": _("From"), "date_to": _("To")}
    # Beside the field and in the error summary (never a banner); the rest of the list is still shown.
    filter_errors = {
        name: _(
            "We ignored the “%(label)s” date “%(date)s”: enter a date between %(first)s and %(last)s, like 2026-03-31"
        )
        % {"label": labels[name], "date": typed, "first": bounds.FIRST_LISTED_YEAR, "last": bounds.LAST_LISTED_YEAR}
        for name, typed in filters.ignored_dates
    }
    if filters.ignored_date_to_before_from:
        filter_errors["date_to"] = _(
            "We ignored the “To” date %(date)s: it must be the same as or after the “From” date, %(from)s"
        ) % {"date": filters.ignored_date_to_before_from, "from": filters.date_from.isoformat()}
    listing = selectors.sessions_list_page(user=request.user, filters=filters, page_number=request.GET.get("page"))
    today = timezone.now().astimezone(LONDON)
    return render(
        request,
        "scheduling/upcoming.html",
        {
            "page": listing.page,
            "page_items": page_items(listing.page),
            "total": listing.total,
            "days": listing.days,
            "this_year": today.year,
            "filters": filters,
            "filter_errors": filter_errors,
            "communities": communities,
            "format_choices": SessionFormat.choices,
            "language_choices": MeetingLanguage.choices,
            "query_without_page": urlencode(filters.as_query()),
            "every_session_query": urlencode({**filters.as_query(), "group": "0"}),
            "this_month": (today.year, today.month),
            "public_feed_links": subscribe_links(request, reverse("sessions:public_feed")),
        },
    )


def page_items(page, *, around: int = 1) -> list[int | None]:
    """The page numbers GOV.UK's pagination shows: the first, the last, the current one and its neighbours, with
    None where numbers are left out (shown as an ellipsis)."""
    last = page.paginator.num_pages
    if last <= 1:
        return []
    wanted = {1, last, *range(page.number - around, page.number + around + 1)}
    items: list[int | None] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if number - previous > 1:
            items.append(None)
        items.append(number)
        previous = number
    return items


@require_GET
@cached_for_visitors
def month(request, year, month):
    """Anyone: a month of sessions as a calendar grid (Monday first)."""
    if not (1 <= month <= 12 and bounds.FIRST_LISTED_YEAR <= year <= bounds.LAST_LISTED_YEAR):
        raise Http404
    days = selectors.month_days(user=request.user, year=year, month=month)
    by_day = {month_day.day.day: month_day for month_day in days}
    weeks = [
        [(day, by_day.get(day)) if day else (None, None) for day in week]
        for week in month_calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    ]
    previous, following = month_preceding(year, month), month_following(year, month)
    return render(
        request,
        "scheduling/month.html",
        {
            "month_start": date(year, month, 1),
            "weeks": weeks,
            # On a phone: only the days that have sessions, each with its weekday name.
            "days": days,
            "weekday_dates": [date_on_weekday(code) for code in Weekday.values],
            "previous": previous,
            "following": following,
            "previous_start": date(previous[0], previous[1], 1) if bounds.is_listable(date(*previous, 1)) else None,
            "following_start": date(following[0], following[1], 1) if bounds.is_listable(date(*following, 1)) else None,
            "has_sessions": bool(days),
        },
    )


SKIPPED_DAYS_SHOWN = 5


@require_GET
@cached_for_visitors
def detail(request, pk):
    """Anyone for public sessions; members only for members-only sessions (404 for others). Hosts and coordinators
    also see who changed the session and how."""
    occurrence = selectors.occurrence_for_viewer(pk=pk, user=request.user)
    community = occurrence.series.community
    membership = membership_of(community=community, user=request.user)
    can_manage = user_can_manage_community(community=community, user=request.user, membership=membership)
    series = occurrence.series
    return render(
        request,
        "scheduling/detail.html",
        {
            "occurrence": occurrence,
            "series": series,
            "community": community,
            "rsvp": selectors.rsvp_of(occurrence=occurrence, user=request.user),
            "counts": selectors.rsvp_counts(occurrence=occurrence),
            "join_url": selectors.join_link_for(occurrence=occurrence, user=request.user),
            "is_member": membership is not None and membership.state == MembershipState.ACTIVE,
            "can_manage": can_manage,
            "changes": selectors.session_changes_of(occurrence=occurrence) if can_manage else [],
            "repeat_text": describe(
                Recurrence.from_dict(series.recurrence), first_start=series.first_start, duration=series.duration
            )
            if series.rrule
            else "",
            "is_past": occurrence.end < timezone.now(),
            "skipped_days": [
                bank_holidays.skipped_days_message(day)
                for day in bank_holidays.skipped_days(
                    series=series, between=(timezone.now(), timezone.now() + services.HORIZON)
                )[:SKIPPED_DAYS_SHOWN]
            ],
        },
    )


@login_required
@require_POST
def rsvp(request, pk):
    """Signed-in people who can see the session: going or not going."""
    occurrence = selectors.occurrence_for_viewer(pk=pk, user=request.user)
    going = request.POST.get("going") == "yes"
    try:
        answer = services.rsvp_set(occurrence=occurrence, user=request.user, going=going)
    except services.SessionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            {
                RsvpStatus.GOING: _("You are going. It is in your calendar feed."),
                RsvpStatus.WAITING: _(
                    "The session is full, so you are on the waiting list. We will email you if a place comes up."
                ),
                RsvpStatus.NOT_GOING: _("You are not going."),
            }[answer.status],
        )
    return redirect(occurrence.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def create(request, community_slug):
    """Hosts of the community and coordinators only (403 for others)."""
    community, _membership = access_community_for_management(slug=community_slug, user=request.user)
    form = SeriesForm(
        request.POST or None,
        initial={
            "language": community.meeting_language if community.meeting_language in MeetingLanguage.values else "en"
        },
    )
    preview = []
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "check":
            # "Check the dates": the same form again, with the next five dates its rule gives; nothing saved.
            preview = form.dates_preview(now=timezone.now())
        else:
            series = form.save(commit=False)
            series.community = community
            try:
                services.series_create(series=series, recurrence=form.recurrence(), acting_user=request.user)
            except services.SessionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The session has been scheduled."))
                return redirect(selectors.occurrence_first_of(series=series).get_absolute_url())
    return render(
        request, "scheduling/series_form.html", {"form": form, "community": community, "dates_preview": preview}
    )


@login_required
@require_http_methods(["GET", "POST"])
def move(request, pk):
    """Hosts and coordinators only (403; 404 if the session is not visible)."""
    occurrence = selectors.access_occurrence_for_management(pk=pk, user=request.user)
    local = occurrence.start_local
    form = MoveForm(
        request.POST or None,
        initial={
            "date": local.date(),
            "start_time": local.time(),
            "end_time": occurrence.end_local.time(),
            "location": occurrence.location,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            changed = services.occurrence_move(
                occurrence=occurrence,
                start=form.cleaned_data["starts_at"],
                end=form.cleaned_data["ends_at"],
                location=form.cleaned_data["location"],
                acting_user=request.user,
                following=form.cleaned_data["scope"] == "following",
            )
        except services.SessionError as error:
            form.add_error(None, str(error))
        else:
            if changed or form.cleaned_data["scope"] == "following":
                messages.success(request, _("The session has been changed."))
            else:
                messages.info(request, _("Nothing was changed: the date, times and place are as they were."))
            return redirect(occurrence.get_absolute_url())
    return render(request, "scheduling/move.html", {"form": form, "occurrence": occurrence})


@login_required
@require_http_methods(["GET", "POST"])
def series_details(request, pk):
    """Hosts and coordinators only (403; 404 if the session is not visible): details of the whole series."""
    occurrence = selectors.access_occurrence_for_management(pk=pk, user=request.user)
    series = occurrence.series
    form = SeriesDetailsForm(
        request.POST or None, instance=series, most_going=selectors.series_most_going(series=series)
    )
    if request.method == "POST" and form.is_valid():
        services.series_update(
            series=form.save(commit=False), changed_fields=form.changed_data, acting_user=request.user
        )
        messages.success(request, _("The series has been changed."))
        return redirect(occurrence.get_absolute_url())
    if request.method == "POST":
        series.refresh_from_db()
    return render(request, "scheduling/series_details.html", {"form": form, "occurrence": occurrence})


@login_required
@require_http_methods(["GET", "POST"])
def cancel(request, pk):
    """Hosts and coordinators only (403; 404 if the session is not visible). Cancelling this and the later sessions
    of a series asks first, on a page that says how many sessions and people it affects; nothing changes until
    that page's button is pressed."""
    occurrence = selectors.access_occurrence_for_management(pk=pk, user=request.user)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        following = form.cleaned_data["scope"] == "following"
        if following and request.POST.get("confirm") != "yes":
            return render(
                request,
                "scheduling/cancel_confirm.html",
                {
                    "form": form,
                    "occurrence": occurrence,
                    "preview": selectors.cancel_preview(occurrence=occurrence, following=True),
                },
            )
        people_told = selectors.cancel_preview(occurrence=occurrence, following=following).people
        cancelled = services.occurrence_cancel(
            occurrence=occurrence,
            reason=form.cleaned_data["reason"],
            acting_user=request.user,
            following=following,
        )
        if cancelled:
            if following:
                done = ngettext("%(count)s session cancelled.", "%(count)s sessions cancelled.", len(cancelled)) % {
                    "count": len(cancelled)
                }
            else:
                done = _("Cancelled.")
            told = (
                _("Everyone who said they would come has been told.")
                if people_told
                else _("Nobody had said they would come, so nobody needed to be told.")
            )
            messages.success(request, f"{done} {told}")
        else:
            messages.error(request, _("This session was already cancelled."))
        return redirect(occurrence.get_absolute_url())
    return render(
        request,
        "scheduling/cancel.html",
        {
            "form": form,
            "occurrence": occurrence,
            "preview": selectors.cancel_preview(occurrence=occurrence, following=False),
        },
    )


@login_required
@require_GET
def attendees(request, pk):
    """Hosts and coordinators only: who is coming and who is waiting, on screen or as CSV."""
    occurrence = selectors.access_occurrence_for_management(pk=pk, user=request.user)
    rows = selectors.attendees_of(occurrence=occurrence)
    if request.GET.get("format") == "csv":
        return csv_response(
            csv_text(
                header=[_("Name"), _("Email"), _("Organisation"), _("Status")],
                rows=(
                    [row.user.display_name, row.user.email, row.user.organisation, row.get_status_display()]
                    for row in rows
                ),
            ),
            filename=f"attendees-{occurrence.pk}.csv",
        )
    return render(request, "scheduling/attendees.html", {"occurrence": occurrence, "rows": rows})


FEED_CACHE_SECONDS = 24 * 60 * 60
# A public feed is the same for everyone and holds nothing personal: shared caches may keep it for the hour
# that clients wait between refreshes anyway (REFRESH-INTERVAL, X-PUBLISHED-TTL).
PUBLIC_FEED_CACHE_CONTROL = "public, max-age=3600"
# Made for one person and may hold their joining links: never kept by a shared cache, nor stored at all.
PRIVATE_FEED_CACHE_CONTROL = "private, no-store"


def _remembered_feed_answer(request, *, answer_key: str | None, filename: str, cache_control: str | None):
    """A feed's answer from the cache when nothing it shows has changed (``feed_versions``): a 304 without reading
    the bytes when the client has them, else the kept bytes. None when there is no answer to give this way."""
    remembered = cache.get(answer_key) if answer_key else None
    if remembered is None:
        return None
    body_key, etag, last_modified = remembered
    headers = HttpResponse()
    headers["ETag"] = etag
    headers["Last-Modified"] = http_date(last_modified.timestamp())
    headers["Cache-Control"] = cache_control or "private, max-age=0, must-revalidate"
    conditional = get_conditional_response(
        request, etag=etag, last_modified=int(last_modified.timestamp()), response=headers
    )
    if conditional is not headers:
        return conditional
    body = cache.get(body_key)
    if body is None:
        return None
    response = CalendarResponse(body, filename=filename)
    response["Cache-Control"] = headers["Cache-Control"]
    response["Last-Modified"] = headers["Last-Modified"]
    return response


def _feed_response(
    request,
    *,
    occurrences: QuerySet,
    name: str,
    filename: str,
    reader=None,
    state_key: str | None = None,
    cache_control: str | None = None,
):
    """Serves a calendar, rendering it only when what it shows changed: clients poll hourly, and rendering is the cost.

    ``reader`` is the person a private feed or a one-session file is for: joining links and waiting-list places
    are decided for them by ``selectors.reader_view_of``. Public feeds have no reader and no links.
    A subscribed feed has a ``state_key`` (``feeds.feed_key``): it is a feed (METHOD:PUBLISH, its name and
    refresh), and its Last-Modified is when its bytes last changed, removals included. Without one it is a
    one-off file, last modified when its newest event was.
    """
    feed = state_key is not None
    # A person's feed is remembered under the marks of their own memberships and answers, read with their token.
    personal_marks = getattr(reader, "feed_marks", None) if reader is not None else ""
    variant = repr((name, translation.get_language(), settings.SITE_URL, personal_marks))
    remembered_as = feed and personal_marks is not None
    answer_key = feed_versions.answer_key(feed_key=state_key, variant=variant) if remembered_as else None
    remembered = _remembered_feed_answer(request, answer_key=answer_key, filename=filename, cache_control=cache_control)
    if remembered is not None:
        return remembered
    if reader is None:
        join_links, waiting_ids = {}, set()
        rows = selectors.feed_change_marks(occurrences=occurrences)
    else:
        occurrences = list(occurrences)
        view = selectors.reader_view_of(user=reader, occurrences=occurrences)
        join_links, waiting_ids = view.join_links, view.waiting_ids
        rows = [(o.pk, o.updated_at, o.pk in waiting_ids) for o in occurrences]
    fingerprint = repr((name, feed, join_links, translation.get_language(), settings.SITE_URL, rows))
    cache_key = "feed:" + hashlib.sha256(fingerprint.encode()).hexdigest()
    body = cache.get(cache_key)
    if body is None:
        body = calendar_bytes(
            name=name, occurrences=occurrences, join_links=join_links, waiting_ids=waiting_ids, feed=feed
        )
        cache.set(cache_key, body, FEED_CACHE_SECONDS)
    response = CalendarResponse(body, filename=filename)
    if cache_control:
        response["Cache-Control"] = cache_control
    if feed:
        last_modified = services.feed_state_record(key=state_key, digest=body_digest(body))
        if answer_key:
            cache.set(answer_key, (cache_key, response["ETag"], last_modified), feed_versions.ANSWER_SECONDS)
    else:
        last_modified = max((row[1] for row in rows), default=None)
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=int(last_modified.timestamp()) if last_modified else None,
        response=response,
    )


@require_safe
@feed_gzip
def public_feed(request):
    """Anyone, no sign-in: every public session, without joining links."""
    return _feed_response(
        request,
        occurrences=selectors.occurrences_for_public_feed(),
        name=_("Cylch: all sessions"),
        filename="cylch-sessions.ics",
        state_key=feeds.feed_key("public", translation.get_language()),
        cache_control=PUBLIC_FEED_CACHE_CONTROL,
    )


@require_safe
@feed_gzip
def community_feed(request, slug):
    """Anyone, no sign-in: a community's public sessions, without joining links (listed or not: an unlisted
    community is shared by its link, and its feed holds only its public sessions)."""
    community = community_for_page(slug=slug)
    return _feed_response(
        request,
        occurrences=selectors.occurrences_for_community_feed(community=community),
        name=_("Cylch: %(community)s") % {"community": localised(community, "name").text},
        filename=f"{community.slug}.ics",
        state_key=feeds.feed_key("community", community.pk, translation.get_language()),
        cache_control=PUBLIC_FEED_CACHE_CONTROL,
    )


@require_safe
@feed_gzip
def person_feed(request, token):
    """Whoever holds the private token (it is the credential); a wrong, rotated or revoked token gets a plain 404."""
    owner = selectors.feed_token_owner(token=token)
    if owner is None:
        raise Http404
    with translation.override(owner.preferred_language):
        return _feed_response(
            request,
            occurrences=selectors.occurrences_for_person_feed(user=owner),
            name=_("Cylch: my sessions"),
            filename="cylch-my-sessions.ics",
            reader=owner,
            # One row per token, by its hash (the token itself is never stored).
            state_key=feeds.feed_key("person", token_hash(token)),
            cache_control=PRIVATE_FEED_CACHE_CONTROL,
        )


@require_safe
def occurrence_ics(request, pk):
    """Anyone who may see the session; the joining link only for its community's members. A one-off file:
    no METHOD and no feed properties."""
    occurrence = selectors.occurrence_for_viewer(pk=pk, user=request.user)
    return _feed_response(
        request,
        occurrences=selectors.occurrences_for_one_session_feed(occurrence=occurrence),
        name=localised(occurrence.series, "title").text,
        filename=f"session-{occurrence.pk}.ics",
        reader=request.user if request.user.is_authenticated else None,
        # Downloaded in a browser and made for this person (it may hold their joining link): never stored.
        cache_control=PRIVATE_FEED_CACHE_CONTROL if request.user.is_authenticated else None,
    )


def subscribe_links(request, path: str) -> dict:
    """The three ways to subscribe that every client understands (ICAL.md rule 11)."""
    https_url = settings.SITE_URL + path if settings.SITE_URL else request.build_absolute_uri(path)
    webcal_url = "webcal://" + https_url.split("://", 1)[1]
    return {
        "url": https_url,
        "webcal": webcal_url,
        "google": "https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal_url}),
    }


@login_required
@require_http_methods(["GET", "POST"])
def my_calendar(request):
    """The signed-in person only: their private feed address, to copy, rotate or revoke."""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.feed_token_revoke(user=request.user)
            messages.success(request, _("Your private calendar address has been switched off."))
        else:
            had_one = selectors.feed_token_live(user=request.user) is not None
            services.feed_token_rotate(user=request.user)
            if had_one:
                messages.success(request, _("You have a new private calendar address. The old one no longer works."))
            else:
                messages.success(
                    request,
                    _(
                        "Your private calendar address has been created. To subscribe, open it in your calendar app "
                        "or add it to Google Calendar with the links below, or copy it into your calendar’s "
                        "“subscribe” or “add from URL” setting."
                    ),
                )
        return redirect("sessions:my_calendar")
    token = selectors.feed_token_live(user=request.user)
    links = subscribe_links(request, reverse("person_feed", args=[token.token])) if token else None
    return render(request, "scheduling/my_calendar.html", {"links": links})
