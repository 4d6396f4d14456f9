"""The warning signs a check-in asks about, in our own words (keys are the clinical core's)."""

from django.utils.translation import gettext_lazy as _

from runcare.clinical.checkins import WARNING_SIGNS

SIGN_LABELS = {
    "swelling": _("New swelling of the calf or ankle"),
    "redness": _("Redness of the skin over the calf"),
    "warmth": _("The calf feels warm or hot"),
    "calf_tense_or_hard": _("The calf feels tight like a drum, or hard"),
    "numbness_or_tingling": _("Numbness, tingling or pins and needles"),
    "foot_cold_pale_or_pulseless": _("The foot is cold, pale or blue"),
    "chest_pain_or_breathlessness": _("Chest pain, or getting out of breath easily"),
    "night_pain": _("Pain that wakes you at night"),
    "fever": _("Fever or feeling unwell"),
    "dark_urine": _("Dark, cola-coloured urine"),
    "pain_on_hopping": _("Sharp pain when you hop"),
}
"""Limp is asked on its own; it is a warning sign in every other respect (see WARNING_SIGNS)."""

assert set(SIGN_LABELS) <= WARNING_SIGNS
