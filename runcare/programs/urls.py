from django.urls import path

from runcare.programs.views import illustrations, intake, program, session, therapist

app_name = "programs"

urlpatterns = [
    path("start/", intake.start, name="start"),
    path("start/physical-therapy/", intake.about_pt, name="about_pt"),
    path("check/", intake.check, name="check"),
    path("check/finish/", intake.finish, name="finish"),
    path("check/result/", intake.visitor_result, name="visitor_result"),
    path("check/result/<int:record_id>/", intake.result, name="result"),
    path("program/", program.my_program, name="program"),
    path("today/", session.today, name="today"),
    path("today/start/", session.start, name="session_start"),
    path("sessions/<int:session_id>/", session.player, name="session"),
    path("sessions/<int:session_id>/done/", session.done, name="session_done"),
    path("sessions/<int:session_id>/too-painful/", session.too_painful, name="session_painful"),
    path("sessions/<int:session_id>/easier/", session.easier, name="session_easier"),
    path("sessions/<int:session_id>/finish/", session.finish, name="session_finish"),
    path("care/members/<int:member_id>/plan/", therapist.member_plan, name="member_plan"),
    path("illustrations/<slug:name>.svg", illustrations.svg, name="illustration"),
]
