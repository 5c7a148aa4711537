from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("digest/", views.digest_preview, name="digest_preview"),
    path("digest/send/", views.digest_send, name="digest_send"),
    path("settings/", views.settings_update, name="settings"),
]
