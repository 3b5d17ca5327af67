package main

// runStats implements `limber stats` (issue 5; being written).
func runStats(a *app, args []string) error { return usagef("stats: not built yet") }
