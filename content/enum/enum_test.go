package enum

import "testing"

type color int

func TestNames(t *testing.T) {
	n := Names[color]{"red", "green"}
	if n.Of(1) != "green" || n.Of(2) != "unknown" || n.Of(-1) != "unknown" {
		t.Error("Of")
	}
	if v, ok := n.Parse("green"); !ok || v != 1 {
		t.Error("Parse green")
	}
	if _, ok := n.Parse("blue"); ok {
		t.Error("Parse blue")
	}
}
