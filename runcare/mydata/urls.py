from django.urls import path

from runcare.mydata import views

app_name = "mydata"

urlpatterns = [
    path("", views.index, name="index"),
    path("calendar/new/", views.feed_create, name="feed_create"),
    path("calendar/revoke/", views.feed_revoke, name="feed_revoke"),
    path("calendar/<str:token>.ics", views.feed, name="feed"),
    path("export.json", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
]
