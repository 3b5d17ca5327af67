package journal

import (
	"reflect"
	"strings"
	"testing"
)

// trickyLines are valid and invalid lines that stress the fast path's edges.
var trickyLines = []string{
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00+02:00","steps":[],"pain":[]}`,
	` { "v" : 1 , "id" : "a" , "started" : "2026-05-12T08:30:00Z" , "steps" : [ ] } `,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00.123456789-07:00","routine_name":"Hip \u0026 back \"easy\" \\ \/ \n\t\u00e9 \ud83d\ude00"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"Ünïcödé ✓ 🙂"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","routine_name":"bad \xff utf8"}`,
	"{\"id\":\"\xb6\"0\"}", // invalid UTF-8 must not move the cursor (found by fuzzing)
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
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":0.1,"achieved_s":12.345678901234567,"gentler":true}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":1e400}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"planned_s":-2.50,"achieved_s":1E-3}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"set":1,"set":2}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","steps":[{"gentler":tru}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","pain":[{"exercise":"p","side":"left","at":"2026-05-12T08:31:00+02:00"}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z","pain":[{"at":"not a time"}]}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z"} trailing`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00Z",}`,
	`{"v":1,"id":"a","started":"2026-05-12T24:30:00Z"}`,
	`{"v":1,"id":"a","started":"2026-05-12T08:30:00\u005a"}`,
	`{}`, `null`, `[]`, `"x"`, `{"v":1,"id":""`, `{"id":"a","started":"2026-05-12T08:30:00Z","x":{"y":[1,{"z":null}]}}`,
}

func TestFastDecodeMatchesEncodingJSON(t *testing.T) {
	for _, l := range trickyLines {
		checkFastPath(t, []byte(l))
	}
	l, _ := Marshal(sampleEntry("a", testStart, "pain"))
	checkFastPath(t, l)
}

// checkFastPath fails when the fast path accepts a line that encoding/json reads differently.
func checkFastPath(t *testing.T, l []byte) {
	t.Helper()
	var fast Entry
	p := parser{b: l, d: newDecoder()}
	if !p.entry(&fast) {
		return
	}
	slow, reason := decode(l)
	if strings.HasPrefix(reason, "invalid JSON") || strings.Contains(reason, "wrong type") {
		t.Fatalf("fast path accepted %q; encoding/json: %s", l, reason)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q:\nfast %#v\nslow %#v", l, fast, slow)
	}
}

func FuzzFastDecode(f *testing.F) {
	for _, l := range trickyLines {
		f.Add([]byte(l))
	}
	l, _ := Marshal(sampleEntry("a", testStart, "pain"))
	f.Add(l)
	f.Fuzz(func(t *testing.T, l []byte) { checkFastPath(t, l) })
}
