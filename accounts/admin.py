from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount, SocialApp, SocialToken
from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from portal.admin_read_only import ReadOnlyAdmin
from portal.field_errors import text_limit

from .models import PublicBody, PublicBodyDomain, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "organisation", "team", "preferred_language", "is_active"]
    list_filter = ["preferred_language", "is_active", "is_staff", "is_superuser", "groups"]
    search_fields = ["email", "display_name", "organisation", "team", "job_title"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "organisation", "job_title", "team", "preferred_language"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "display_name", "password1", "password2"]})]


class PublicBodyDomainForm(forms.ModelForm):
    class Meta:
        model = PublicBodyDomain
        fields = ["domain"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].error_messages["required"] = _("Enter a domain such as gov.wales.")
        text_limit(self.fields["domain"], name=_("The domain"))

    def clean_domain(self):
        # Lower-cased before the inline's own check for the same domain twice, which compares what was typed.
        return self.cleaned_data["domain"].strip().lower()


class PublicBodyDomainInline(admin.TabularInline):
    model = PublicBodyDomain
    form = PublicBodyDomainForm
    extra = 1


@admin.register(PublicBody)
class PublicBodyAdmin(admin.ModelAdmin):
    list_display = ["name", "name_cy", "domains_listed"]
    search_fields = ["name", "name_cy", "domains__domain"]
    inlines = [PublicBodyDomainInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("domains")

    def changelist_view(self, request, extra_context=None):
        subtitle = _(
            "A newcomer’s organisation is filled in from their email address’s domain when they first sign in. "
            "The list began as a starting point: correct it and add to it here."
        )
        return super().changelist_view(request, extra_context={"subtitle": subtitle, **(extra_context or {})})

    @admin.display(description=_("email domains"))
    def domains_listed(self, body):
        return ", ".join(domain.domain for domain in body.domains.all())


# allauth's own admin pages, as Cylch keeps them: providers are configured from the environment and tokens are
# never stored, so those pages go; second factors and linked sign-ins are shown, never their secrets or the
# provider's data, and change only through the person's own pages (which email them).
for allauth_model in (SocialApp, SocialToken, SocialAccount, Authenticator):
    if admin.site.is_registered(allauth_model):
        admin.site.unregister(allauth_model)


@admin.register(Authenticator)
class AuthenticatorAdmin(ReadOnlyAdmin):
    list_display = ["user", "type", "created_at", "last_used_at"]
    list_filter = ["type"]
    search_fields = ["user__email", "user__display_name"]
    fields = ["user", "type", "created_at", "last_used_at"]
    list_select_related = ["user"]


@admin.register(SocialAccount)
class SocialAccountAdmin(ReadOnlyAdmin):
    list_display = ["user", "provider", "last_login", "date_joined"]
    list_filter = ["provider"]
    search_fields = ["user__email", "user__display_name"]
    fields = ["user", "provider", "uid", "last_login", "date_joined"]
    list_select_related = ["user"]
