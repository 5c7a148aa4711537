from django.urls import path

from . import views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/calendar/", views.profile_calendar, name="profile_calendar"),
    path("profile/security/", views.profile_security, name="profile_security"),
]
