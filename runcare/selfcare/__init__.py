"""Self-care tools for members: ice and heat, the pain-reliever screen, hydration, warm-up."""
