package main

// runHistory implements `limber history` (issue 5; being written).
func runHistory(a *app, args []string) error { return usagef("history: not built yet") }
