"""Education lessons: readable by anyone, personalised for members after their intake."""
