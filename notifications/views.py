from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import digest, services
from .models import DigestFrequency, EmailKind, OutboundEmail


@csrf_exempt  # the token in the address is the credential; mail clients POST without cookies (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Whoever holds the link from one digest: GET only asks; POST stops digests, or makes them less frequent."""
    email = (
        OutboundEmail.objects.filter(unsubscribe_token_hash=OutboundEmail.hash_token(token), kind=EmailKind.DIGEST)
        .select_related("recipient")
        .first()
    )
    if email is None:
        return render(request, "notifications/unsubscribe.html", {"state": "unknown"}, status=404)
    if email.unsubscribe_used_at:
        return render(request, "notifications/unsubscribe.html", {"state": "used"}, status=410)
    settings = services.settings_for(email.recipient)
    if request.method == "GET":
        return render(request, "notifications/unsubscribe.html", {"state": "ask", "settings": settings})
    less_often = request.POST.get("choice") == "less" and settings.digest == DigestFrequency.WEEKLY
    claimed = OutboundEmail.objects.filter(pk=email.pk, unsubscribe_used_at=None).update(
        unsubscribe_used_at=timezone.now()
    )
    if not claimed:
        return render(request, "notifications/unsubscribe.html", {"state": "used"}, status=410)
    settings.digest = DigestFrequency.MONTHLY if less_often else DigestFrequency.NEVER
    settings.save(update_fields=["digest", "updated_at"])
    return render(request, "notifications/unsubscribe.html", {"state": "less" if less_often else "stopped"})


@login_required
@require_GET
def digest_preview(request):
    """The signed-in person only: this month's digest as it stands, before it is sent."""
    now = timezone.now()
    contents = digest.digest_contents(people=[_with_last_digest(request.user)], now=now)[request.user.pk]
    context = services.resolve_context(digest.digest_context(contents))
    sent = OutboundEmail.objects.filter(
        recipient=request.user, kind=EmailKind.DIGEST, dedupe_key=f"monthly:{now:%Y-%m}"
    ).first()
    return render(request, "notifications/digest_preview.html",
                  {**context, "recipient": request.user, "sent": sent, "empty": not digest.has_content(contents)})


@login_required
@require_POST
def digest_send(request):
    """The signed-in person only: queue this month's digest to themselves now; it is still sent only once."""
    now = timezone.now()
    period = digest.DigestPeriod("monthly", f"{now:%Y-%m}", now)
    contents = digest.digest_contents(people=[_with_last_digest(request.user)], now=now)[request.user.pk]
    if not digest.has_content(contents):
        messages.error(request, _("There is nothing to put in your digest yet, so it has not been sent."))
        return redirect("notifications:digest_preview")
    services.email_enqueue(
        recipient=request.user, kind=EmailKind.DIGEST, dedupe_key=f"monthly:{period.key}",
        template_prefix="notifications/email/digest",
        context={**digest.digest_context(contents), "period": period.key},
    )
    messages.success(request, _("Your digest is on its way. It is sent once a month at most."))
    return redirect("notifications:digest_preview")


def _with_last_digest(user):
    user.notification_settings_last = services.settings_for(user).last_digest_at
    return user


@login_required
@require_POST
def settings_update(request):
    """The signed-in person only: their reminder, digest and change-email choices."""
    from .forms import NotificationSettingsForm

    form = NotificationSettingsForm(request.POST, instance=services.settings_for(request.user), prefix="notify")
    if form.is_valid():
        form.save()
        messages.success(request, _("Your email settings have been saved."))
    else:
        messages.error(request, _("Your email settings were not saved: choose one option in each group."))
    return redirect("profile")
