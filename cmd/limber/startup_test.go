package main

import (
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// TestStartupStaysFast guards limber status's budget (under 10 ms a run, for a shell prompt).
// go-runewidth v0.0.26 to v0.0.29 fill 128 K-entry width tables in an init function, which
// costs every limber command about 25 ms before main even starts (measured with
// GODEBUG=inittrace=1); v0.0.24 takes 0.2 ms, and v0.0.30 (which Bubble Tea v2.1.1 requires)
// builds them lazily again: 0.07 ms at init.
func TestStartupStaysFast(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build info")
	}
	for _, m := range info.Deps {
		if m.Path != "github.com/mattn/go-runewidth" {
			continue
		}
		v := m.Version
		if m.Replace != nil {
			v = m.Replace.Version
		}
		parts := strings.Split(strings.TrimPrefix(v, "v"), ".")
		if len(parts) == 3 && parts[0] == "0" && parts[1] == "0" {
			if n, err := strconv.Atoi(strings.SplitN(parts[2], "-", 2)[0]); err == nil && n >= 26 && n < 30 {
				t.Errorf("go-runewidth %s spends ~25 ms at init on every run; use v0.0.24 or v0.0.30 and later (see this test's comment)", v)
			}
		}
		return
	}
}
