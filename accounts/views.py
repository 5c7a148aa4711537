from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .forms import ProfileForm
from .services import user_profile_update


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """The signed-in person only: their own details (the first of the profile's pages)."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = user_profile_update(user=request.user, details=form.cleaned_data)
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        return redirect(reverse("profile"))
    # A rejected form must not leave half-applied values on request.user.
    request.user.refresh_from_db()
    return render(request, "accounts/profile.html", {"form": form, "profile_section": "details"})


@login_required
@require_GET
def profile_calendar(request):
    """The signed-in person only: where to find their private calendar address."""
    return render(request, "accounts/profile_calendar.html", {"profile_section": "calendar"})


@login_required
@require_GET
def profile_security(request):
    """The signed-in person only: their email addresses and password, changed on allauth's pages."""
    return render(request, "accounts/profile_security.html", {"profile_section": "security"})
