from allauth.urls import build_provider_urlpatterns
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from sessions import views as session_views

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("readyz", views.readyz, name="readyz"),
    # Private feeds sit outside the language prefix: the owner's preferred language is used.
    path("calendar/<str:token>.ics", session_views.person_feed, name="person_feed"),
    # An identity provider returns to one registered address, whatever language the person started in.
    path("accounts/", include(build_provider_urlpatterns())),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("accounts/profile/data/", views.personal_data_page, name="personal_data"),
    path("accounts/profile/data.json", views.personal_data_download, name="personal_data_download"),
    path("accounts/profile/delete/", views.account_delete, name="account_delete"),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.account.urls")),
    path("accounts/2fa/", include("allauth.mfa.urls")),
    path("accounts/3rdparty/", include("allauth.socialaccount.urls")),
    path("communities/<slug:slug>/calendar.ics", session_views.community_feed, name="community_feed"),
    path("communities/", include("communities.urls")),
    path("sessions/", include("sessions.urls")),
    path("co-coaching/", include("coaching.urls")),
    path("clip/", include("clip_tracker.urls")),
    path("notifications/", include("notifications.urls")),
    # Before the admin site's own sign-in page, which it replaces: everyone signs in through allauth.
    path("admin/login/", views.admin_sign_in, name="admin_sign_in"),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
