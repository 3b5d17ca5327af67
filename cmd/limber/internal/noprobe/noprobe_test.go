package noprobe

import (
	"os"
	"testing"
)

// TestRestore: whatever NO_COLOR was — unset, empty, or a value — Restore brings it back, and
// only once (a second Restore does not undo a later change).
func TestRestore(t *testing.T) {
	Restore() // the test binary's own init
	for _, tc := range []struct {
		name  string
		set   bool
		value string
	}{{"unset", false, ""}, {"empty", true, ""}, {"zero", true, "0"}, {"set", true, "yes"}} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.set {
				t.Setenv(noColor, tc.value)
			} else {
				t.Setenv(noColor, "x") // so t restores it afterwards
				os.Unsetenv(noColor)
			}
			hide()
			if v, ok := os.LookupEnv(noColor); !ok || v != "1" {
				t.Fatalf("during init NO_COLOR = %q, %v; want \"1\"", v, ok)
			}
			Restore()
			v, ok := os.LookupEnv(noColor)
			if ok != tc.set || v != tc.value {
				t.Fatalf("after Restore NO_COLOR = %q (set %v); want %q (set %v)", v, ok, tc.value, tc.set)
			}
			os.Setenv(noColor, "later")
			Restore()
			if v := os.Getenv(noColor); v != "later" {
				t.Fatalf("a second Restore changed NO_COLOR to %q", v)
			}
		})
	}
}
