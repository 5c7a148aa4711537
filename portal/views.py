from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from accounts.forms import AccountDeleteForm
from accounts.selectors import user_is_coordinator
from clip_tracker import selectors as clip_selectors
from coaching import selectors as coaching_selectors
from communities import selectors as community_selectors
from sessions import selectors as session_selectors

from . import health, personal_data


@require_http_methods(["GET", "HEAD", "POST"])
def admin_sign_in(request):
    """Anyone: the admin site has no sign-in of its own. Its address sends people to the portal's sign-in (allauth:
    its limits on failed attempts apply) and on to the admin site afterwards; a password posted here is never
    checked. Signed-in staff go straight on; anyone else signed in is refused (403) rather than sent round again."""
    next_url = request.GET.get("next") or reverse("admin:index")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect(next_url)
        raise PermissionDenied
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@require_GET
def home(request):
    """Anyone: signed-out visitors see what Cylch is; a signed-in person sees their own sessions and what waits
    for them (a coordinator also sees the coordinators' to-dos)."""
    if not request.user.is_authenticated:
        return render(request, "portal/home.html")
    return render(request, "portal/home_personal.html", _personal_home(request.user))


def _personal_home(user) -> dict:
    """What the personal home shows, each part from its own app's selectors: a bounded number of queries."""
    plan = clip_selectors.plan_current()
    update_period, actions_due = clip_selectors.updates_due_for(user=user, plan=plan)
    pair, pair_to_do = coaching_selectors.pair_to_do_for(user=user)
    context = {
        "sessions": session_selectors.occurrences_home_for(user=user),
        "communities": community_selectors.communities_home_for(user=user),
        "join_requests": community_selectors.join_requests_waiting_for_host(user=user),
        "pair": pair,
        "pair_partner": pair.partner_of(user) if pair else None,
        "pair_to_do": pair_to_do,
        "update_period": update_period,
        "actions_due": actions_due,
        "is_coordinator": user_is_coordinator(user=user),
        "today": timezone.localdate(),
    }
    if context["is_coordinator"]:
        context["coordinator"] = {
            "suggestions_waiting": community_selectors.suggestions_waiting_count(),
            "pool_ready": coaching_selectors.pool_ready_to_match(),
            "proposals_period": update_period or (clip_selectors.period_current(plan=plan) if plan else None),
            **clip_selectors.coordinator_to_do(plan=plan),
        }
    context["waiting_count"] = (
        len(context["join_requests"])
        + bool(pair_to_do)
        + len(actions_due)
        + sum(
            bool(value)
            for key, value in context.get("coordinator", {}).items()
            if key in {"suggestions_waiting", "pool_ready", "proposals_waiting", "actions_without_holder_count"}
        )
    )
    return context


@require_GET
def accessibility_statement(request):
    """Anyone, signed in or not."""
    return render(request, "portal/accessibility.html")


@require_safe
@never_cache
def livez(request):
    """Anyone (a platform's liveness probe): this process answers; it checks nothing else, so a database or Redis
    outage never gets every web process restarted."""
    return JsonResponse({"status": "ok"})


@require_safe
@never_cache
def readyz(request):
    """Anyone (a load balancer's readiness check): this process can serve pages, which needs PostgreSQL only; pages
    work without Redis (the cache falls back to memory), so a Redis outage keeps machines in service."""
    ready = health.database_is_reachable()
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": {"database": ready}}, status=200 if ready else 503
    )


@require_safe
@never_cache
def healthz(request):
    """Anyone (load balancers and monitors): reachability only, no secrets."""
    checks = {"database": health.database_is_reachable(), "broker": health.broker_is_reachable()}
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


@login_required
@require_GET
def personal_data_page(request):
    """The signed-in person only: downloading their data and deleting their account (one of the profile's pages)."""
    return render(request, "portal/personal_data.html", {"profile_section": "data"})


@login_required
@require_GET
def personal_data_download(request):
    """The signed-in person only: everything Cylch holds about them, as a JSON file."""
    response = JsonResponse(
        personal_data.personal_data_export(user=request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Disposition"] = f'attachment; filename="cylch-your-data-{timezone.localdate():%Y-%m-%d}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """The signed-in person only, for their own account: GET explains, a confirmed POST deletes and signs out."""
    form = AccountDeleteForm(request.POST or None, user=request.user)
    blockers = personal_data.account_delete_blockers(user=request.user)
    if request.method == "POST" and not blockers and form.is_valid():
        try:
            personal_data.account_delete(user=request.user)
        except personal_data.AccountDeletionRefused as refusal:
            blockers = refusal.communities
        else:
            logout(request)
            messages.success(request, _("Your account and your data have been deleted. Thank you for taking part."))
            return redirect("home")
    return render(request, "portal/account_delete.html", {"form": form, "blockers": blockers})
