package journal

// ReadWhere streams the log at path (every file of it, each entry once) and keeps what keep
// returns for each entry it accepts — e.g. one routine's sessions, or entries stripped of their
// steps — so a caller never holds the whole history. Entries come in file order, or in started
// order when they come from several files. A missing file is an empty history.
func ReadWhere(path string, keep func(Entry) (Entry, bool)) ([]Entry, []Damage, error) {
	var out []Entry
	r, err := forEach(path, allFields, func(e Entry) error {
		if k, ok := keep(e); ok {
			out = append(out, k)
		}
		return nil
	})
	if r.files > 1 {
		byStart(out)
	}
	return out, r.damaged, err
}

// CompletedOnly keeps the completed sessions without their steps and pain reports: enough to know
// what was done when.
func CompletedOnly(e Entry) (Entry, bool) {
	e.Steps, e.Pain = nil, nil
	return e, e.Completed()
}
