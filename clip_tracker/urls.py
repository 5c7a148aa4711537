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
    path("actions/<str:number>/holders/", views.action_holders, name="action_holders"),
    path("periods/", views.periods, name="periods"),
    path("periods/new/", views.period_open, name="period_open"),
    path("periods/<int:pk>/", views.period_detail, name="period"),
    path("periods/<int:pk>/current/", views.period_make_current, name="period_make_current"),
    path("periods/<int:pk>/edit/", views.period_edit, name="period_edit"),
    path("periods/<int:pk>/themes/<int:theme_number>/", views.theme_note_edit, name="theme_note_edit"),
    path("periods/<int:pk>/key-terms/", views.key_terms_edit, name="key_terms_edit"),
    path("periods/<int:pk>/actions/<str:number>/narrative/", views.narrative_compose, name="narrative_compose"),
    path("proposals/<int:pk>/<str:answer>/", views.proposal_answer, name="proposal_answer"),
    path("report/<int:pk>/", views.report, name="report"),
    # Before report_data, whose pattern would take ".pdf" as a format it does not serve.
    path("report/<int:pk>.pdf", views.report_pdf, name="report_pdf"),
    path("report/<int:pk>.<str:fmt>", views.report_data, name="report_data"),
    path("report/<int:pk>/publish/", views.publish, name="publish"),
    path("report/<int:pk>/corrections/", views.erratum_add, name="erratum_add"),
]
