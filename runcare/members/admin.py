from django.contrib import admin

from runcare.members.models import CareAssignment

admin.site.register(CareAssignment)
