from django.urls import path

from . import views

app_name = "communities"
urlpatterns = [
    path("", views.directory, name="index"),
    path("mine/", views.my_communities, name="mine"),
    path("suggest/", views.suggest, name="suggest"),
    path("suggestions/", views.suggestions, name="suggestions"),
    path("suggestions/<int:pk>/<str:decision>/", views.suggestion_decide, name="suggestion_decide"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/join/", views.join, name="join"),
    path("<slug:slug>/leave/", views.leave, name="leave"),
    path("<slug:slug>/edit/", views.edit, name="edit"),
    path("<slug:slug>/members/", views.members, name="members"),
    path("<slug:slug>/members/<int:membership_id>/remove/", views.member_remove, name="member_remove"),
    path(
        "<slug:slug>/members/<int:membership_id>/<str:action>/",
        views.membership_action,
        name="membership_action",
    ),
]
