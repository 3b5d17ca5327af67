package journal

// ReadWhere streams the log at path and keeps what keep returns for each entry it accepts, in
// file order — e.g. one routine's sessions, or entries stripped of their steps — so a caller
// never holds the whole history. A missing file is an empty history.
func ReadWhere(path string, keep func(Entry) (Entry, bool)) ([]Entry, []Damage, error) {
	var out []Entry
	damaged, err := forEach(path, allFields, func(e Entry) error {
		if k, ok := keep(e); ok {
			out = append(out, k)
		}
		return nil
	})
	return out, damaged, err
}

// CompletedOnly keeps the completed sessions without their steps and pain reports: enough to know
// what was done when.
func CompletedOnly(e Entry) (Entry, bool) {
	e.Steps, e.Pain = nil, nil
	return e, e.Completed()
}
