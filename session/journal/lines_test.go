package journal

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// forwardLines reads every line of data with a lineReader.
func forwardLines(t *testing.T, r io.Reader) []string {
	t.Helper()
	lr := newLineReader(r)
	var out []string
	for {
		l, err := lr.next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if lr.num != len(out)+1 {
			t.Fatalf("line %d numbered %d", len(out)+1, lr.num)
		}
		out = append(out, string(l))
	}
}

// backwardLines reads every line of data with a backReader, and returns them in file order.
func backwardLines(t *testing.T, data []byte) []string {
	t.Helper()
	b := newBackReader(bytes.NewReader(data), int64(len(data)))
	var out []string
	for {
		l, at, err := b.prev()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(l) <= maxLine && !bytes.HasPrefix(data[at:], l) {
			t.Fatalf("line %q said to start at %d", l, at)
		}
		out = append(out, string(l))
	}
	slices.Reverse(out)
	return out
}

// TestLineReadersAgree reads logs of lines of every length — blank, longer than a chunk or a
// buffer, longer than the cap, with and without a last newline — forwards and backwards.
func TestLineReadersAgree(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	long := strings.Repeat("x", maxLine+10)
	for round := range 40 {
		var lines []string
		for range rnd.IntN(60) {
			n := []int{0, 1, 80, 1500, backChunk - 1, backChunk + 3, readBuffer + 5}[rnd.IntN(7)]
			lines = append(lines, strings.Repeat(string(rune('a'+rnd.IntN(26))), n))
		}
		if round%8 == 0 {
			lines = slices.Insert(lines, len(lines)/2, long)
		}
		data := strings.Join(lines, "\n")
		if rnd.IntN(2) == 0 && len(lines) > 0 {
			data += "\n"
		} else if len(lines) > 0 && lines[len(lines)-1] == "" {
			lines = lines[:len(lines)-1] // "a\n" + "" is just the line "a"
		}
		// What a reader returns: every line, one longer than the cap cut to maxLine+1 bytes
		// (forwards its first bytes, backwards its last: all x).
		want := slices.Clone(lines)
		for i, l := range want {
			want[i] = l[:min(len(l), maxLine+1)]
		}
		if got := forwardLines(t, strings.NewReader(data)); !slices.Equal(got, want) {
			t.Fatalf("round %d forwards: %d lines, want %d", round, len(got), len(want))
		}
		if got := forwardLines(t, iotest.HalfReader(strings.NewReader(data))); !slices.Equal(got, want) {
			t.Fatalf("round %d forwards in halves: %d lines, want %d", round, len(got), len(want))
		}
		if got := backwardLines(t, []byte(data)); !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Errorf("line %d: %d bytes %.10q, want %d bytes %.10q", i+1, len(got[i]), got[i], len(want[i]), want[i])
				}
			}
			t.Fatalf("round %d backwards: %d lines, want %d", round, len(got), len(want))
		}
	}
}

func TestLineReadersEdges(t *testing.T) {
	for data, want := range map[string][]string{
		"":         nil,
		"\n":       {""},
		"\n\n":     {"", ""},
		"a":        {"a"},
		"a\n":      {"a"},
		"a\n\nb":   {"a", "", "b"},
		"a\n\nb\n": {"a", "", "b"},
	} {
		if got := forwardLines(t, strings.NewReader(data)); !slices.Equal(got, want) {
			t.Errorf("%q forwards: %q, want %q", data, got, want)
		}
		if got := backwardLines(t, []byte(data)); !slices.Equal(got, want) {
			t.Errorf("%q backwards: %q, want %q", data, got, want)
		}
	}
}
