"""Pages of the program, one module per part of the member's path."""
