// Worker thread for `tahlil analyze --workers N` (issue 6).
