"""RunCare: a self-hostable digital physical-therapy program for runners with calf pain."""

__version__ = "0.1.0"
