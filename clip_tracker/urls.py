from django.urls import path

from . import views

app_name = "clip"
urlpatterns = [
    path("", views.index, name="index"),
    path("mine/", views.my_actions, name="mine"),
    path("actions.csv", views.actions_export, name="actions_export"),
    path("import/", views.actions_import, name="actions_import"),
    path("remind/", views.remind, name="remind"),
    path("actions/<str:number>/", views.action_detail, name="action"),
    path("actions/<str:number>/update/", views.add_update, name="add_update"),
    path("actions/<str:number>/status/", views.change_status, name="change_status"),
    path("actions/<str:number>/follow/", views.follow, name="follow"),
    path("report/<int:pk>/", views.report, name="report"),
    path("report/<int:pk>.<str:fmt>", views.report_data, name="report_data"),
    path("report/<int:pk>/publish/", views.publish, name="publish"),
]
