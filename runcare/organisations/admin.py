from django.contrib import admin

from runcare.organisations.models import Enrollment, OrgAdmin, Organisation

admin.site.register(Organisation)
admin.site.register(OrgAdmin)
admin.site.register(Enrollment)
