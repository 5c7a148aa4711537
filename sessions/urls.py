from django.urls import path

from . import views

app_name = "sessions"
urlpatterns = [
    path("", views.upcoming, name="index"),
    path("calendar.ics", views.public_feed, name="public_feed"),
    path("calendar/<int:year>/<int:month>/", views.month, name="month"),
    path("my-calendar/", views.my_calendar, name="my_calendar"),
    path("new/<slug:community_slug>/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>.ics", views.occurrence_ics, name="occurrence_ics"),
    path("<int:pk>/rsvp/", views.rsvp, name="rsvp"),
    path("<int:pk>/change/", views.move, name="move"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/series/", views.series_details, name="series_details"),
    path("<int:pk>/attendees/", views.attendees, name="attendees"),
]
