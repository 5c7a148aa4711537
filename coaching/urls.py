from django.urls import path

from . import views

app_name = "coaching"
urlpatterns = [
    path("", views.index, name="index"),
    path("profile/", views.profile, name="profile"),
    path("opt-out/", views.opt_out, name="opt_out"),
    path("coordinate/", views.coordinate, name="coordinate"),
    path("pairs/<int:pk>/", views.pair_detail, name="pair"),
    path("pairs/<int:pk>/slot.ics", views.slot_ics, name="slot_ics"),
    path("pairs/<int:pk>/<str:action>/", views.pair_action, name="pair_action"),
]
