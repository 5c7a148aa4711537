from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts.forms import AccountDeleteForm

from . import health, personal_data


@require_GET
def home(request):
    """Anyone, signed in or not."""
    return render(request, "portal/home.html")


@require_GET
def accessibility_statement(request):
    """Anyone, signed in or not."""
    return render(request, "portal/accessibility.html")


@require_GET
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
