"""Exercise illustrations drawn from pose keyframes: a stick figure animated between poses.

Pure Python (no Django): ``render_svg(name, animated=True)`` returns the SVG text. Poses are
data in ``figures.py``; ``skeleton.py`` turns a pose into joint positions; ``svg.py`` draws.
"""

from runcare.programs.illustrations.figures import FIGURES
from runcare.programs.illustrations.svg import render_svg

__all__ = ["FIGURES", "render_svg"]
