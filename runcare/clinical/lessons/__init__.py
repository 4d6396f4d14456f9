"""Education lessons as data, and the choice of which ones a member sees."""
