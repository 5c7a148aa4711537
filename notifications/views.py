from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import digest, registry, selectors, services
from .forms import NotificationSettingsForm
from .selectors import UnsubscribeState

UNSUBSCRIBE_STATUS = {UnsubscribeState.UNKNOWN: 404, UnsubscribeState.USED: 410}


@csrf_exempt  # the token in the address is the credential; mail clients POST without cookies (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Whoever holds the link from one digest: GET only asks; POST stops digests, or makes them less frequent."""
    if request.method == "GET":
        state, chosen = selectors.digest_unsubscribe_link(token=token)
    else:
        state, chosen = services.digest_unsubscribe(token=token, less_often=request.POST.get("choice") == "less"), None
    return render(
        request,
        "notifications/unsubscribe.html",
        {"state": state, "settings": chosen},
        status=UNSUBSCRIBE_STATUS.get(state, 200),
    )


@login_required
@require_GET
def digest_preview(request):
    """The signed-in person only: this month's digest as it stands, before it is sent."""
    now = timezone.now()
    contents = digest.digest_contents(people=[_with_last_digest(request.user)], now=now)[request.user.pk]
    context = services.resolve_context(digest.digest_context(contents))
    sent = selectors.digest_sent_for_month(user=request.user, dedupe_key=digest.monthly_period(now=now).dedupe_key)
    return render(
        request,
        "notifications/digest_preview.html",
        {
            **context,
            "digest_sections": registry.digest_sections(),
            "recipient": request.user,
            "sent": sent,
            "frequency": selectors.notification_settings_for(user=request.user).digest,
            "empty": not digest.has_content(contents),
        },
    )


@login_required
@require_POST
def digest_send(request):
    """The signed-in person only: queue this month's digest to themselves now; it is still sent only once."""
    if not digest.digest_send_now(user=request.user):
        messages.error(request, _("There is nothing to put in your digest yet, so it has not been sent."))
        return redirect("notifications:digest_preview")
    frequency = selectors.notification_settings_for(user=request.user).digest
    messages.success(request, selectors.digest_sent_now_message(frequency=frequency, now=timezone.now()))
    return redirect("notifications:digest_preview")


def _with_last_digest(user):
    user.notification_settings_last = selectors.notification_settings_for(user=user).last_digest_at
    return user


@login_required
@require_http_methods(["GET", "POST"])
def settings_update(request):
    """The signed-in person only: their reminder, digest and calendar invitation choices (one of the profile's
    pages, with its own form and save button)."""
    form = NotificationSettingsForm(
        request.POST or None, instance=selectors.notification_settings_for(user=request.user), prefix="notify"
    )
    if request.method == "POST" and form.is_valid():
        services.notification_settings_save(settings=form.save(commit=False))
        messages.success(request, _("Your email settings have been saved."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form, "profile_section": "emails"})
