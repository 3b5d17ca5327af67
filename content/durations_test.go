package content_test

import (
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// TestRoutineDurations checks the computed length of every built-in routine: none over 30
// minutes, and the desk break a real break of 4–7 minutes.
func TestRoutineDurations(t *testing.T) {
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range lib.Routines() {
		p, err := session.NewPlan(r, lib, session.Options{})
		if err != nil {
			t.Errorf("%s: %v", r.ID, err)
			continue
		}
		total := p.Total()
		if total > 30*time.Minute || total < 2*time.Minute {
			t.Errorf("%s takes %v; keep routines between 2 and 30 minutes", r.ID, total)
		}
		if r.ID == content.DefaultRoutine && (total < 4*time.Minute || total > 7*time.Minute) {
			t.Errorf("the desk break takes %v; it must be 4–7 minutes", total)
		}
	}
}
