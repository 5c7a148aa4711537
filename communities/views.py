from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import require_coordinator
from portal.bilingual import localised
from portal.dates import Weekday
from portal.visitor_cache import cached_for_visitors

from . import selectors, services
from .forms import CommunityForm, SuggestionForm
from .models import JoinPolicy, MeetingLanguage, MembershipState, Platform


@require_GET
@cached_for_visitors
def directory(request):
    """Anyone, signed in or not: listed communities, searchable and filterable."""
    topics = selectors.topics_for_filters()
    filters = selectors.DirectoryFilters.from_query(request.GET, topic_slugs={t.slug for t in topics})
    page = Paginator(selectors.communities_directory(filters=filters), selectors.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "filters": filters,
        "topics": topics,
        "page": page,
        "memberships": selectors.memberships_by_community(user=request.user, communities=page.object_list),
        "query_without_page": urlencode(filters.as_query()),
        "platform_choices": Platform.choices,
        "language_choices": MeetingLanguage.choices,
        "day_choices": Weekday.choices,
        "join_policy_choices": [(JoinPolicy.OPEN, _("Anyone can join")), (JoinPolicy.REQUEST, _("By request"))],
        "sort_choices": [("name", _("Name, A to Z")), ("members", _("Most members")), ("next", _("Next session"))],
    }
    if request.htmx and request.htmx.target == "directory-results":
        return render(request, "communities/_directory_results.html", context)
    return render(request, "communities/directory.html", context)


@require_GET
@cached_for_visitors
def detail(request, slug):
    """Anyone with the link, listed or unlisted; the member list is on its own page for members."""
    community = selectors.community_for_page(slug=slug)
    membership = selectors.membership_of(community=community, user=request.user)
    return render(
        request,
        "communities/detail.html",
        {
            "community": community,
            "membership": membership,
            "hosts": selectors.community_hosts(community=community),
            "can_manage": selectors.user_can_manage_community(
                community=community, user=request.user, membership=membership
            ),
        },
    )


def _community_name(community) -> str:
    """The community's name in the page's language, for messages."""
    return localised(community, "name").text


def _membership_panel_or_redirect(request, community):
    """htmx: the new panel, with the member count and the message at the top of the page swapped out of band;
    otherwise back to the community's page, where the message shows at the top."""
    if not request.htmx:
        return redirect(community.get_absolute_url())
    community = selectors.community_for_page(slug=community.slug)  # the member count as it is now
    membership = selectors.membership_of(community=community, user=request.user)
    return render(
        request,
        "communities/_membership_response.html",
        {
            "community": community,
            "membership": membership,
            "can_manage": selectors.user_can_manage_community(
                community=community, user=request.user, membership=membership
            ),
        },
    )


@login_required
@require_POST
def join(request, slug):
    """Signed-in people: join an open community or ask to join one that needs approval."""
    community = selectors.community_for_page(slug=slug)
    try:
        membership = services.community_join(community=community, user=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        if membership.state == MembershipState.PENDING:
            messages.success(request, _("Your request has been sent to the hosts. We will email you when they decide."))
        else:
            messages.success(request, _("You have joined %(name)s.") % {"name": _community_name(community)})
    return _membership_panel_or_redirect(request, community)


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, slug):
    """Signed-in people. GET: what leaving means, and the button (inline in the panel for htmx). POST: leave the
    community, or withdraw a request to join."""
    community = selectors.community_for_page(slug=slug)
    if request.method == "GET":
        membership = selectors.membership_of(community=community, user=request.user)
        context = {
            "community": community,
            "membership": membership,
            "only_host": bool(
                membership
                and membership.is_active
                and membership.is_host
                and len(selectors.community_hosts(community=community)) == 1
            ),
        }
        if request.htmx:
            return render(request, "communities/_leave_confirm_panel.html", context)
        return render(request, "communities/leave.html", context)
    before = selectors.membership_of(community=community, user=request.user)
    try:
        services.community_leave(community=community, user=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        name = _community_name(community)
        if before is not None and before.state == MembershipState.ACTIVE:
            messages.success(request, _("You have left %(name)s.") % {"name": name})
        elif before is not None and before.state == MembershipState.PENDING:
            messages.success(request, _("You have withdrawn your request to join %(name)s.") % {"name": name})
    return _membership_panel_or_redirect(request, community)


@login_required
@require_GET
def my_communities(request):
    """The signed-in person's own communities and requests."""
    return render(request, "communities/mine.html", {"memberships": selectors.communities_of(user=request.user)})


@login_required
@require_GET
def members(request, slug):
    """Active members, hosts and coordinators only (403 for others); hosts also see requests and actions."""
    community, membership, can_manage = selectors.access_member_list(slug=slug, user=request.user)
    name = request.GET.get("name", "").replace("\x00", "").strip()[:100]
    page = Paginator(selectors.community_members(community=community, name=name), selectors.MEMBERS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "communities/members.html",
        {
            "community": community,
            "membership": membership,
            "can_manage": can_manage,
            "name": name,
            "page": page,
            "query_without_page": urlencode({"name": name} if name else {}),
            "requests": selectors.community_join_requests(community=community) if can_manage else [],
        },
    )


MEMBERSHIP_ACTIONS = {
    "approve": (
        lambda m, user: services.membership_request_decide(membership=m, approve=True, acting_user=user),
        gettext_noop("%(name)s is now a member."),
    ),
    "decline": (
        lambda m, user: services.membership_request_decide(membership=m, approve=False, acting_user=user),
        gettext_noop("The request from %(name)s has been declined."),
    ),
    "promote": (
        lambda m, user: services.membership_promote_to_host(membership=m, acting_user=user),
        gettext_noop("%(name)s is now a host."),
    ),
}


@login_required
@require_POST
def membership_action(request, slug, membership_id, action):
    """Hosts and coordinators only (403 for others): approve, decline or promote (removing has its own page)."""
    community, _membership = selectors.access_community_for_management(slug=slug, user=request.user)
    if action not in MEMBERSHIP_ACTIONS:
        raise Http404
    target = selectors.membership_for_management(community=community, pk=membership_id)
    perform, done_message = MEMBERSHIP_ACTIONS[action]
    try:
        perform(target, request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _(done_message) % {"name": target.user})
    return redirect("communities:members", slug=community.slug)


@login_required
@require_http_methods(["GET", "POST"])
def member_remove(request, slug, membership_id):
    """Hosts and coordinators only (403 for others; 404 for a membership of another community). GET: what removing
    the member does, and the button; POST with ``confirm=yes``: remove them (an empty POST shows the page again)."""
    community, _membership = selectors.access_community_for_management(slug=slug, user=request.user)
    target = selectors.membership_for_management(community=community, pk=membership_id)
    name = target.user.display_name
    if not target.is_active:
        messages.info(request, _("%(name)s is not a member of this community.") % {"name": name})
        return redirect("communities:members", slug=community.slug)
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        try:
            services.membership_remove(membership=target, acting_user=request.user)
        except services.MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(name)s has been removed from %(community)s. We have emailed them to tell them.")
                % {"name": name, "community": _community_name(community)},
            )
        return redirect("communities:members", slug=community.slug)
    return render(request, "communities/member_remove.html", {"community": community, "target": target})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, slug):
    """Hosts and coordinators only (403 for others)."""
    community, _membership = selectors.access_community_for_management(slug=slug, user=request.user)
    form = CommunityForm(request.POST or None, instance=community)
    if request.method == "POST" and form.is_valid():
        community = form.save(commit=False)
        services.community_save(community=community, topics=form.cleaned_data["topics"])
        messages.success(request, _("Your changes have been saved."))
        return redirect(community.get_absolute_url())
    return render(request, "communities/edit.html", {"community": community, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def suggest(request):
    """Signed-in people: suggest a community that does not exist yet."""
    form = SuggestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.suggestion_submit(suggested_by=request.user, **form.cleaned_data)
        except services.MembershipError as error:
            form.add_error(None, str(error))  # what they wrote stays in the form
        else:
            messages.success(
                request, _("Thank you. The coordinators will look at your suggestion and get back to you.")
            )
            return redirect("communities:index")
    return render(request, "communities/suggest.html", {"form": form})


@login_required
@require_GET
def suggestions(request):
    """Coordinators only (403 for others): suggestions waiting for a decision."""
    require_coordinator(user=request.user)
    return render(request, "communities/suggestions.html", {"suggestions": selectors.suggestions_waiting()})


@login_required
@require_POST
def suggestion_decide(request, pk, decision):
    """Coordinators only (403 for others): create the community or decline the suggestion."""
    require_coordinator(user=request.user)
    if decision not in ("create", "decline"):
        raise Http404
    suggestion = selectors.suggestion_for(pk=pk)
    if decision == "create":
        try:
            community = services.suggestion_create_community(suggestion=suggestion, acting_user=request.user)
        except services.MembershipError as error:
            messages.error(request, str(error))
            return redirect("communities:suggestions")
        messages.success(request, _("The community has been created. Add its details now."))
        return redirect("communities:edit", slug=community.slug)
    services.suggestion_decline(suggestion=suggestion, acting_user=request.user)
    messages.success(request, _("The suggestion has been marked as not taken forward."))
    return redirect("communities:suggestions")
