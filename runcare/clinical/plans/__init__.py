"""Plans: condition templates, stages, doses and the decisions that chose them."""
