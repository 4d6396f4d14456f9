from django.contrib import admin

from runcare.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = [
        "at",
        "actor_role",
        "actor_id",
        "action",
        "subject_member_id",
        "object_type",
        "object_id",
        "outcome",
        "request_id",
    ]
    list_filter = ["action", "actor_role", "outcome"]
    search_fields = ["request_id", "object_id"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
