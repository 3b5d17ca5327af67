package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles are the looks shared by every screen. Colours are the terminal's own 16 ANSI colours,
// which each terminal theme already tunes for its background, so light and dark both read well;
// with colour off (NO_COLOR, TERM=dumb) everything still reads through bold, reverse and layout.
type Styles struct {
	Title, Subtle, Accent, Good, Warn, Danger, Side, Key, Selected, Box lipgloss.Style
	// color is false when the UI is colourless.
	color bool
}

// NewStyles returns the styles, with or without colour.
func NewStyles(color bool) Styles {
	s := Styles{
		Title:    lipgloss.NewStyle().Bold(true),
		Subtle:   lipgloss.NewStyle().Faint(true),
		Accent:   lipgloss.NewStyle().Bold(true),
		Good:     lipgloss.NewStyle().Bold(true),
		Warn:     lipgloss.NewStyle().Bold(true),
		Danger:   lipgloss.NewStyle().Bold(true),
		Side:     lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
		Key:      lipgloss.NewStyle().Bold(true),
		Selected: lipgloss.NewStyle().Bold(true),
		Box:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		color:    color,
	}
	if color {
		s.Accent = s.Accent.Foreground(lipgloss.Color("6"))
		s.Good = s.Good.Foreground(lipgloss.Color("2"))
		s.Warn = s.Warn.Foreground(lipgloss.Color("3"))
		s.Danger = s.Danger.Foreground(lipgloss.Color("1"))
		s.Selected = s.Selected.Foreground(lipgloss.Color("6"))
		s.Box = s.Box.BorderForeground(lipgloss.Color("6"))
	}
	return s
}

// Bar draws a progress bar of width cells filled to frac (0–1), in plain block characters so it
// reads without colour too.
func (s Styles) Bar(width int, frac float64) string {
	if width <= 0 {
		return ""
	}
	frac = min(max(frac, 0), 1)
	full := int(frac*float64(width) + 0.5)
	return s.Accent.Render(strings.Repeat("█", full)) + s.Subtle.Render(strings.Repeat("░", width-full))
}
