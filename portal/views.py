from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health


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
