package content

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// The TOML decoder stops at the first value of the wrong type in a file, so a file with three
// mistakes would be fixed one run at a time. A file is therefore decoded loosely first, every
// table into a map of undecoded values (toml.Primitive), and each field is then decoded on its
// own into the raw structs: every field of the wrong type and every unknown key is reported, in
// one run. Only a syntax error, after which nothing can be read, still stops the file. The
// bounds of prescan are checked before any of this, as before.

// noted marks the fields of one table that a problem has already named, so the validator does
// not name them a second time: a field of the wrong type (true), which the decoder left unset,
// is not also "missing"; nor is a field an unknown key was taken for (false: `hodl` suggested
// hold, so the dose is not also missing).
type noted map[string]bool

// has reports whether field was named by a problem already.
func (n noted) has(field string) bool {
	_, ok := n[field]
	return ok
}

// anyOf reports whether any of fields was named by a problem already.
func (n noted) anyOf(fields ...string) bool {
	for _, f := range fields {
		if n.has(f) {
			return true
		}
	}
	return false
}

// broken reports whether a field had a value of the wrong type: the item cannot be trusted.
func (n noted) broken() bool {
	for _, bad := range n {
		if bad {
			return true
		}
	}
	return false
}

// looseDecoder decodes one file's tables field by field.
type looseDecoder struct {
	md    toml.MetaData
	file  string
	loc   *locator
	b     *budget
	probs Problems
}

// add records a problem of the file while its budget allows.
func (d *looseDecoder) add(p Problem) {
	if d.b.take() {
		d.probs = append(d.probs, p)
	}
}

var (
	primitiveMap = reflect.TypeFor[map[string]toml.Primitive]()
	unmarshaler  = reflect.TypeFor[toml.Unmarshaler]()
	notedType    = reflect.TypeFor[noted]()
)

// decodeLoose decodes data into raw, reporting each field of the wrong type and each unknown key
// with its line. It fails only on a syntax error (or a top level that is no table).
func decodeLoose(file string, data []byte, loc *locator, b *budget) (rawFile, Problems, error) {
	var raw rawFile
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(data), &top)
	if err != nil {
		return raw, nil, err
	}
	d := &looseDecoder{md: md, file: file, loc: loc, b: b}
	d.fill(reflect.ValueOf(&raw).Elem(), top, "", nil, func(key string) int { return d.topLine(key) })
	return raw, d.probs, nil
}

// topLine is the line of a top-level key, or of its [table] or [[table]] header.
func (d *looseDecoder) topLine(key string) int {
	if l := d.loc.headerLine(key); l > 0 {
		return l
	}
	return d.loc.firstKey(key)
}

// fill decodes the values of one table into the struct dst: each field by its toml tag (those of
// embedded structs too), arrays of tables and sub-tables table by table. table is the table's
// path ("routine.step"), idx the indexes of the array items it is in, line the line of a key.
func (d *looseDecoder) fill(dst reflect.Value, prims map[string]toml.Primitive, table string, idx []int, line func(string) int) {
	fields := map[string]reflect.Value{}
	var note noted
	collectFields(dst, fields, &note)
	keys := make([]string, 0, len(prims))
	for k := range prims {
		keys = append(keys, k)
	}
	sortByLine(keys, line)
	for _, key := range keys {
		prim := prims[key]
		f, ok := fields[key]
		if !ok && d.b.full() {
			d.b.take() // only counted: no line looked up, no suggestion searched for
			continue
		}
		if !ok {
			msg, near := d.unknownKey(key, table)
			if near != "" && note != nil {
				note[near] = false
			}
			d.add(Problem{File: d.file, Line: d.keyLine(key, line), Msg: msg})
			continue
		}
		if !d.value(f, prim, table, key, idx, line) && note != nil {
			note[key] = true
		}
	}
}

// value decodes one field; it reports false when the value was of the wrong type (said).
func (d *looseDecoder) value(f reflect.Value, prim toml.Primitive, table, key string, idx []int, line func(string) int) bool {
	t := f.Type()
	child := strings.TrimPrefix(table+"."+key, ".")
	switch {
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct: // [[exercise]], [[routine.step]]
		var items []map[string]toml.Primitive
		if !d.isKind(prim, key, line, "[]map") {
			return false
		}
		if err := d.md.PrimitiveDecode(prim, &items); err != nil {
			d.typeError(key, line, err)
			return false
		}
		out := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			at := append(append([]int(nil), idx...), i)
			d.fill(out.Index(i), item, child, at, d.itemLine(child, at, key, line))
		}
		f.Set(out)
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && !t.Implements(unmarshaler): // progress, [safety]
		var sub map[string]toml.Primitive
		if !d.isKind(prim, key, line, "map") {
			return false
		}
		if err := d.md.PrimitiveDecode(prim, &sub); err != nil {
			d.typeError(key, line, err)
			return false
		}
		v := reflect.New(t.Elem())
		d.fill(v.Elem(), sub, child, idx, d.itemLine(child, idx, key, line))
		f.Set(v)
	default:
		var x any
		if err := d.md.PrimitiveDecode(prim, &x); err != nil { // decoding into any never fails
			d.typeError(key, line, err)
			return false
		}
		v, msg := convert(x, t)
		if msg != "" {
			d.mismatch(key, line, msg)
			return false
		}
		f.Set(v)
	}
	return true
}

// convert is x, a decoded TOML value, as a value of type t (a string, a whole number, an array
// of strings, a duration, any), or what was expected instead. The decoder could do this, but
// each of its errors costs a pass over the whole file: a file with thousands of wrong values
// would take minutes.
func convert(x any, t reflect.Type) (reflect.Value, string) {
	v := reflect.New(t).Elem()
	if t.Kind() == reflect.Pointer && t.Implements(unmarshaler) { // *durationValue
		p := reflect.New(t.Elem())
		if err := p.Interface().(toml.Unmarshaler).UnmarshalTOML(x); err != nil {
			return v, err.Error()
		}
		return p, ""
	}
	want := t
	if t.Kind() == reflect.Pointer {
		want = t.Elem()
	}
	switch {
	case want.Kind() == reflect.Interface:
		v.Set(reflect.ValueOf(&x).Elem())
		return v, ""
	case want.Kind() == reflect.Slice:
		items, ok := x.([]any)
		if !ok {
			return v, fmt.Sprintf("expected %s, found %s", article("[]"), found(fmt.Sprintf("%T", x)))
		}
		out := reflect.MakeSlice(want, len(items), len(items))
		for i, item := range items {
			e, msg := convert(item, want.Elem())
			if msg != "" {
				return v, msg
			}
			out.Index(i).Set(e)
		}
		v.Set(out)
		return v, ""
	case want.Kind() == reflect.Map && want.Key().Kind() == reflect.String: // props = { chair = "hip" }
		m, ok := x.(map[string]any)
		if !ok {
			return v, fmt.Sprintf("expected %s, found %s", article("map"), found(fmt.Sprintf("%T", x)))
		}
		out := reflect.MakeMapWithSize(want, len(m))
		for k, item := range m {
			e, msg := convert(item, want.Elem())
			if msg != "" {
				return v, msg
			}
			out.SetMapIndex(reflect.ValueOf(k), e)
		}
		v.Set(out)
		return v, ""
	case want.Kind() == reflect.Float64: // an angle: 90 or 22.5
		switch n := x.(type) {
		case int64:
			x = float64(n)
		case float64:
		default:
			return v, fmt.Sprintf("expected a number, found %s", found(fmt.Sprintf("%T", x)))
		}
	}
	xv := reflect.ValueOf(x)
	if !xv.IsValid() || xv.Type() != want {
		return v, fmt.Sprintf("expected %s, found %s", article(want.String()), found(fmt.Sprintf("%T", x)))
	}
	if t.Kind() == reflect.Pointer {
		p := reflect.New(want)
		p.Elem().Set(xv)
		return p, ""
	}
	v.Set(xv)
	return v, ""
}

// mismatch reports a value of the wrong type for key, msg saying what was expected.
func (d *looseDecoder) mismatch(key string, line func(string) int, msg string) {
	if d.b.full() {
		d.b.take()
		return
	}
	l := line(key)
	d.add(Problem{File: d.file, Line: l, Col: d.loc.valueCol(l, key), Msg: key + ": " + msg})
}

// itemLine is how the keys of a table inside key are placed: by the locator for the tables it
// knows, else on the line of key itself (an inline table such as progress = { … }).
func (d *looseDecoder) itemLine(table string, idx []int, key string, parent func(string) int) func(string) int {
	switch {
	case table == "exercise" && len(idx) == 1:
		return func(k string) int { return d.loc.exercise(idx[0], k) }
	case table == "routine" && len(idx) == 1:
		return func(k string) int { return d.loc.routine(idx[0], k) }
	case table == "routine.step" && len(idx) == 2:
		return func(k string) int { return d.loc.step(idx[0], idx[1], k) }
	case table == "safety":
		return func(k string) int { return d.loc.firstKey(k) }
	case table == "exercise.figure" && len(idx) == 1:
		return func(k string) int { return d.loc.figureKey(idx[0], k) }
	case table == "exercise.figure.poses" && len(idx) == 2:
		return func(string) int { return d.loc.figurePose(idx[0], idx[1]) }
	}
	at := parent(key)
	return func(string) int { return at }
}

// keyLine is the line of an unknown key: its own `key =` line where the locator has it.
func (d *looseDecoder) keyLine(key string, line func(string) int) int {
	l := line(key)
	if l == 0 {
		l = d.loc.mention(key)
	}
	return l
}

// inlineTables reports whether x is an array of inline tables, poses = [{ … }, { … }], or an
// empty array (no tables: what the table's own checks then say).
func inlineTables(x any) bool {
	items, ok := x.([]any)
	if !ok {
		return false
	}
	for _, it := range items {
		if _, ok := it.(map[string]any); !ok {
			return false
		}
	}
	return true
}

// isKind reports whether prim holds a value whose Go type starts with want ("map" for a table,
// "[]map" for an array of tables); when not, it says what was expected instead.
func (d *looseDecoder) isKind(prim toml.Primitive, key string, line func(string) int, want string) bool {
	var x any
	if err := d.md.PrimitiveDecode(prim, &x); err != nil {
		d.typeError(key, line, err)
		return false
	}
	got := fmt.Sprintf("%T", x)
	if strings.HasPrefix(got, want) || (want == "[]map" && inlineTables(x)) {
		return true
	}
	if d.b.full() {
		d.b.take()
		return false
	}
	if want == "map" {
		want = "table"
	}
	msg := fmt.Sprintf("%s: expected %s, found %s", key, article(want), found(got))
	if key == "progress" {
		msg += `, e.g. progress = { every = 3, add = "5s", max = "60s" }`
	}
	d.add(Problem{File: d.file, Line: line(key), Msg: msg})
	return false
}

// typeError reports a value of the wrong type for key, on key's line, in words.
func (d *looseDecoder) typeError(key string, line func(string) int, err error) {
	if d.b.full() {
		d.b.take() // only counted: no line looked for
		return
	}
	msg := decodeProblem(d.file, err).Msg
	if !strings.HasPrefix(msg, key+": ") {
		msg = key + ": " + strings.TrimPrefix(msg, fieldName(key)+": ")
	}
	l := line(key)
	d.add(Problem{File: d.file, Line: l, Col: d.loc.valueCol(l, key), Msg: msg})
}

// unknownKey is the message for a key table does not have, and the key it suggests ("" for none).
func (d *looseDecoder) unknownKey(name, table string) (msg, near string) {
	where := "top level"
	switch {
	case strings.HasSuffix(table, "progress"):
		where = "progress"
	case table == "exercise.figure.poses":
		where = "a figure pose"
	case table == "exercise.figure":
		where = "[exercise.figure]"
	case table == "safety":
		where = "[safety]"
	case table != "":
		where = "[[" + table + "]]"
	}
	if !d.b.full() {
		near = Suggest(name, validKeys(table))
	}
	msg = fmt.Sprintf("unknown key %s in %s", quoted(name), where)
	if near != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", near)
	}
	return msg, near
}

// collectFields maps each toml tag of the struct v (and of the structs it embeds) to its field,
// and finds its noted field, made ready for use.
func collectFields(v reflect.Value, out map[string]reflect.Value, note *noted) {
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		switch {
		case sf.Type == notedType:
			v.Field(i).Set(reflect.ValueOf(noted{}))
			*note = v.Field(i).Interface().(noted)
		case sf.Anonymous:
			collectFields(v.Field(i), out, note)
		default:
			if tag := sf.Tag.Get("toml"); tag != "" && tag != "-" {
				out[tag] = v.Field(i)
			}
		}
	}
}

// sortByLine orders keys by their line, so problems are found in the order they are read.
func sortByLine(keys []string, line func(string) int) {
	lines := make(map[string]int, len(keys))
	for _, k := range keys {
		lines[k] = line(k)
	}
	slices.SortStableFunc(keys, func(a, b string) int {
		if lines[a] != lines[b] {
			return lines[a] - lines[b]
		}
		return strings.Compare(a, b)
	})
}
