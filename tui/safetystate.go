package tui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// SafetyAnswers are the person's answers to the safety check, kept in the data folder so the
// check is asked before the first session and again once it is older than SafetyCheckDays.
type SafetyAnswers struct {
	// Date is when the check was answered.
	Date time.Time `json:"date"`
	// RedFlags: yes to "does any of this apply to you?".
	RedFlags bool `json:"red_flags"`
	// Pregnant: yes to "are you pregnant?".
	Pregnant bool `json:"pregnant"`
	// GentleOnly: after red flags the person typed the confirmation to go on, with gentle
	// routines only.
	GentleOnly bool `json:"gentle_only"`
}

// Due reports whether the check should be asked (again) at now.
func (a SafetyAnswers) Due(now time.Time, days int) bool {
	if a.Date.IsZero() {
		return true
	}
	if days <= 0 {
		days = 30
	}
	return now.Sub(a.Date) >= time.Duration(days)*24*time.Hour
}

// LoadSafety reads the saved answers; a missing file is the zero value (the check is due).
func LoadSafety(path string) (SafetyAnswers, error) {
	var a SafetyAnswers
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return a, nil
	}
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return SafetyAnswers{}, fmt.Errorf("%s: %w (the safety check will be asked again)", path, err)
	}
	return a, nil
}

// SaveSafety writes the answers atomically (temp file + rename), 0600 in a 0700 folder.
func SaveSafety(path string, a SafetyAnswers) error {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".safety-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
