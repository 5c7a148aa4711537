from django.urls import path

from . import views

app_name = "clip"
urlpatterns = [
    path("", views.index, name="index"),
]
