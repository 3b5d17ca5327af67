package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// Styles are the looks shared by every screen. Colours are the terminal's own 16 ANSI colours,
// which each terminal theme already tunes for its background, so light and dark both read well;
// with colour off (NO_COLOR, TERM=dumb) everything still reads through bold, reverse and layout.
type Styles struct {
	Title, Subtle, Accent, Good, Warn, Danger, Side, Key, Selected, Box lipgloss.Style
	// color is false when the UI is colourless.
	color bool
	// help draws every key help from a screen's key map (see ShortHelp and FullHelp).
	help help.Model
}

// helpSeparator goes between the items of a one-line key help.
const helpSeparator = " · "

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
	s.help = help.New()
	s.help.ShortSeparator, s.help.FullSeparator, s.help.Ellipsis = helpSeparator, "    ", "…"
	s.help.Styles = help.Styles{
		Ellipsis: s.Subtle,
		ShortKey: s.Key, ShortDesc: s.Subtle, ShortSeparator: s.Subtle,
		FullKey: s.Key, FullDesc: lipgloss.NewStyle(), FullSeparator: s.Subtle,
	}
	return s
}

// ShortHelp is km's one-line key help in at most w cells: its ShortHelp bindings in order, as
// many as fit, then "…". Key maps list their keys most important first, so what is cut on a
// narrow terminal is what matters least.
//
// The bindings are cut here rather than by the help model's own width: it overruns the width
// when the items that fit leave less room than its "…" needs (charmbracelet/bubbles#1038).
func (s Styles) ShortHelp(km help.KeyMap, w int) string {
	bs := km.ShortHelp()
	tail := " " + s.help.Styles.Ellipsis.Render(s.help.Ellipsis)
	for n := len(bs); n > 0; n-- {
		line := s.help.ShortHelpView(bs[:n])
		if slices.ContainsFunc(bs[n:], key.Binding.Enabled) && lipgloss.Width(line+tail) <= w {
			line += tail
		}
		if lipgloss.Width(line) <= w {
			return line
		}
	}
	return ""
}

// FullHelp is km's full key help, one key a line: its FullHelp columns side by side when they
// fit in w cells, else one under the other.
func (s Styles) FullHelp(km help.KeyMap, w int) []string {
	groups := km.FullHelp()
	if all := s.help.FullHelpView(groups); lipgloss.Width(all) <= w {
		return strings.Split(all, "\n")
	}
	var out []string
	for _, g := range groups {
		if col := s.help.FullHelpView([][]key.Binding{g}); col != "" {
			out = append(out, strings.Split(col, "\n")...)
		}
	}
	return out
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
