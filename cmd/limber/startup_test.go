package main

import (
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// TestStartupStaysFast guards limber status's budget (under 10 ms a run, for a shell prompt).
// go-runewidth v0.0.26 and later fill 128 K-entry width tables in an init function, which
// costs every limber command about 25 ms before main even starts (measured with
// GODEBUG=inittrace=1); v0.0.24 takes 0.2 ms. bubbles v2.2 requires v0.0.27, so bubbles stays
// at v2.1.1 (limber uses only its key package) until go-runewidth makes that init lazy.
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
			if n, err := strconv.Atoi(strings.SplitN(parts[2], "-", 2)[0]); err == nil && n >= 26 {
				t.Errorf("go-runewidth %s spends ~25 ms at init on every run; keep it at v0.0.24 (see this test's comment)", v)
			}
		}
		return
	}
}
