from django.contrib import admin
from django.urls import include, path

from runcare.api.urls import api

handler404 = "runcare.web.views.error_404"
handler500 = "runcare.web.views.error_500"
handler403 = "runcare.web.views.error_403"

admin.site.site_header = "RunCare administration"

urlpatterns = [
    path("", include("runcare.web.urls")),
    path("accounts/", include("runcare.accounts.urls")),
    path("api/v1/", api.urls),
    path("self-care/", include("runcare.selfcare.urls")),
    path("lessons/", include("runcare.lessons.urls")),
    path("", include("runcare.activities.urls")),
    path("", include("runcare.checkins.urls")),
    path("my-data/", include("runcare.mydata.urls")),
    path("", include("runcare.programs.urls")),
    path("admin/", admin.site.urls),
]
