"""Superusers, admin users and CLIP coordinators reach nothing but enrolment until they have a second factor."""

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_htmx.http import HttpResponseClientRedirect

from . import second_factor

# Enrolment itself, confirming who you are before it, and signing out.
PAGES_BEFORE_ENROLMENT = {
    "mfa_index",
    "mfa_activate_totp",
    "mfa_reauthenticate",
    "mfa_view_recovery_codes",
    "mfa_download_recovery_codes",
    "account_reauthenticate",
    "account_logout",
    # Confirming who you are again through your organisation's provider.
    "openid_connect_login",
    "openid_connect_callback",
    "microsoft_login",
    "microsoft_callback",
}


def _is_enrolment_page(request) -> bool:
    try:
        name = resolve(request.path_info).url_name
    except Resolver404:
        return False
    # An organisation's sign-in may confirm who they are; linking a new one waits until they have a second factor.
    return name in PAGES_BEFORE_ENROLMENT and request.POST.get("process", request.GET.get("process")) != "connect"


def _to_enrolment(request):
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(reverse("mfa_activate_totp"))
    return redirect("mfa_activate_totp")


class SecondFactorEnrolmentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            session = request.session
            if second_factor.session_needs_second_factor(session=session, user=user):
                if second_factor.has_authenticator_app(user=user):
                    second_factor.session_record_enrolment(session=session)
                elif not _is_enrolment_page(request):
                    return _to_enrolment(request)
            # The coordinators' check reads this, for someone made a coordinator since they signed in.
            user.second_factor_present = second_factor.session_has_second_factor(session=session)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, second_factor.SecondFactorMissing):
            return _to_enrolment(request)
        return None
