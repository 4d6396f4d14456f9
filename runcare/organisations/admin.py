from django.contrib import admin

from runcare.organisations.models import Enrollment, Organisation, OrgAdmin

admin.site.register(Organisation)
admin.site.register(OrgAdmin)
admin.site.register(Enrollment)
