"""The exercise library: content as data, loaded and checked into frozen records."""
