"""Self-care tools: cold and heat, the pain-reliever screen, hydration, warm-up, shoes."""
