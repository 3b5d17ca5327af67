package journal

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// trickyLines are valid and invalid lines at the edges of JSON and of the format.
var trickyLines = []string{
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00+02:00","steps":[],"pain":[]}`,
	` { "v" : 1 , "id" : "a" , "started" : "2026-05-12T08:30:00Z" , "steps" : [ ] } `,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00.123456789-07:00","routine_name":"Hip \u0026 back \"easy\" \\ \/ \n\t\u00e9 \ud83d\ude00"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"Ünïcödé ✓ 🙂"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"bad \xff utf8"}`,
	"{\"id\":\"\xb6\"0\"}",
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"lone \ud83d surrogate"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"ctl ` + "\x01" + `"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","ID":"b"}`,
	`{"v":1,"id":"a","id":"b","started":"2026-05-12T08:30:00Z"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":1.0}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":1e2}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":-0}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":012}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":99999999999999999999}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","seconds":null}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":null}`,
	`{"v":1,"id":"a","kind":"hold","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":0.1,"achieved_s":12.345678901234567,"gentler":true}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":1e400}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":-2.50,"achieved_s":1E-3}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"set":1,"set":2}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"gentler":tru}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"set":"x"}]}`,
	`{"v":1,"id":"a","kind":"max","started":"2026-05-12T08:30:00Z","steps":[{"set":"x"}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","pain":[{"exercise":"p","side":"left","at":"2026-05-12T08:31:00+02:00"}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","pain":[{"at":"not a time"}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z"} trailing`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z",}`,
	`{"v":1,"id":"a","started":"2026-05-12T24:30:00Z"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00\u005a"}`,
	`{}`, `null`, `[]`, `"x"`, `{"v":1,"id":""`, `{"id":"a","started":"2026-05-12T08:30:00Z","x":{"y":[1,{"z":null}]}}`,
}

func TestDecodeLineReasons(t *testing.T) {
	for _, tc := range []struct{ line, reason string }{
		{`{"v":1,"id":"b","started":`, "invalid JSON: "},
		{`{"v":1,"routine":"x","started":"2026-05-12T08:30:00+02:00"}`, "no id"},
		{`{"v":1,"id":"d"}`, "no started time"},
		{`{"v":1,"id":"e","started":"yesterday"}`, `invalid JSON: parsing time "yesterday"`},
		{`{"v":1,"id":"f","started":"2026-05-12T08:30:00+02:00","seconds":"ten"}`, `field "seconds" has the wrong type`},
		{`[1,2]`, "not a JSON object (array)"},
		{`null`, "no id"},
		{`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"` + strings.Repeat("x", maxLine) + `"}`, "longer than 1024 KiB"},
	} {
		for _, f := range []fields{allFields, timerSteps} {
			if _, reason := decodeLine([]byte(tc.line), f); !strings.HasPrefix(reason, tc.reason) {
				t.Errorf("%.60s (fields %d): reason %q, want %q…", tc.line, f, reason, tc.reason)
			}
		}
	}
}

// TestTimerStepsSkipsRoutineStepsOnly checks the decoding for stats: a routine's steps are
// left out, a quick timer's kept, everything else the same as a full decode.
func TestTimerStepsSkipsRoutineStepsOnly(t *testing.T) {
	routine := sampleEntry("r", testStart, "pain")
	hold := quickHold(1, "side-plank", 30, "done")
	for _, e := range []Entry{routine, hold} {
		l, _ := Marshal(e)
		l = bytes.TrimSuffix(l, []byte("\n"))
		full, r1 := decodeLine(l, allFields)
		lean, r2 := decodeLine(l, timerSteps)
		if r1 != "" || r2 != "" {
			t.Fatalf("%s: %q %q", e.ID, r1, r2)
		}
		if e.Kind == KindRoutine {
			if lean.Steps != nil {
				t.Errorf("a routine's steps were decoded for stats")
			}
			full.Steps = nil
		}
		if !reflect.DeepEqual(full, lean) {
			t.Errorf("%s:\nfull %#v\nlean %#v", e.ID, full, lean)
		}
	}
	// A wrong type inside a routine's steps is noticed only by the full decode (documented).
	bad := []byte(`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"set":"x"}]}`)
	if _, r := decodeLine(bad, allFields); r == "" {
		t.Error("full decode accepted a step of the wrong type")
	}
	if _, r := decodeLine(bad, timerSteps); r != "" {
		t.Errorf("stats decode: %q", r)
	}
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	for _, l := range trickyLines {
		checkLine(t, []byte(l))
	}
	l, _ := Marshal(sampleEntry("a", testStart, "pain"))
	checkLine(t, bytes.TrimSuffix(l, []byte("\n")))
}

// checkLine fails when decodeLine panics inside the decoder, accepts a line that encoding/json
// rejects or reads differently, accepts a line whose entry does not survive being written and
// read again, or when the decoding for stats disagrees with the full one.
func checkLine(t *testing.T, l []byte) {
	t.Helper()
	e, reason := decodeLine(l, allFields)
	lean, leanReason := decodeLine(l, timerSteps)
	for _, r := range []string{reason, leanReason} {
		if strings.HasPrefix(r, "unreadable") {
			t.Fatalf("%q: %s", l, r)
		}
	}
	if reason != "" {
		if leanReason == "" && !strings.Contains(reason, `"steps.`) {
			t.Fatalf("%q: only the full decode refused it: %s", l, reason)
		}
		return
	}
	if leanReason != "" {
		t.Fatalf("%q: only the stats decode refused it: %s", l, leanReason)
	}
	var std Entry
	if err := json.Unmarshal(l, &std); err != nil {
		t.Fatalf("accepted %q; encoding/json: %v", l, err)
	}
	if !reflect.DeepEqual(e, std) {
		t.Fatalf("%q:\ngo-json       %#v\nencoding/json %#v", l, e, std)
	}
	if !timerKind(e.Kind) {
		e.Steps = nil
	}
	if !reflect.DeepEqual(e, lean) {
		t.Fatalf("%q:\nfull  %#v\nstats %#v", l, e, lean)
	}
	// Round trip: what was accepted is written back as a line that reads and writes the same
	// (compared as written: a zone read as "+00:00" may be time.Local, written back as "Z").
	e, _ = decodeLine(l, allFields)
	out, err := Marshal(e)
	if err != nil {
		t.Fatalf("accepted %q but cannot write it back: %v", l, err)
	}
	again, reason := decodeLine(bytes.TrimSuffix(out, []byte("\n")), allFields)
	out2, err := Marshal(again)
	if reason != "" || err != nil || !bytes.Equal(out, out2) {
		t.Fatalf("%q does not round-trip (%s, %v):\nfirst  %s\nsecond %s", l, reason, err, out, out2)
	}
}

// FuzzDecodeLine checks checkLine on any input: the decoder never panics, accepts only what
// encoding/json reads the same way, and every line it accepts round-trips.
func FuzzDecodeLine(f *testing.F) {
	for _, l := range trickyLines {
		f.Add([]byte(l))
	}
	for _, e := range []Entry{sampleEntry("a", testStart, "pain"), quickHold(2, "plank", 40, "done"), maxTest(3, "completed", "-:done:41.5")} {
		l, _ := Marshal(e)
		f.Add(bytes.TrimSuffix(l, []byte("\n")))
	}
	f.Fuzz(func(t *testing.T, l []byte) { checkLine(t, l) })
}
