"""Running data: imported activities, import jobs, pain on runs, load and gait pages."""
