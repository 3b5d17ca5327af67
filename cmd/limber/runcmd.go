package main

const runUsage = `
usage: limber run [ID] [--plain]

Runs a routine (the desk break when no id is given).
`

func runRun(a *app, args []string) error { return usagef("run: not built yet") }
