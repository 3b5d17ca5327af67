// Package enum names the values of limber's small enumerations (a step's kind, a session's
// status, a side…) in one way: a table of lower-case names, in the order of the values, from
// which String and Parse are one line each.
package enum

// Names are the names of an enumeration's values 0, 1, 2…, in order.
type Names[T ~int] []string

// Of is v's name, or "unknown" for a value out of the table.
func (n Names[T]) Of(v T) string {
	if v >= 0 && int(v) < len(n) {
		return n[v]
	}
	return "unknown"
}

// Parse is the value named s; ok is false for a name not in the table.
func (n Names[T]) Parse(s string) (v T, ok bool) {
	for i, name := range n {
		if name == s {
			return T(i), true
		}
	}
	return 0, false
}
