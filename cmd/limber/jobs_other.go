//go:build !unix

package main

// jobControl does nothing where there is no job control (Windows).
func jobControl(*app, func()) (selfStop, done func()) { return func() {}, func() {} }
