package tui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session/msg"
)

// disclaimerLineIn is the one-line disclaimer under a picker, in tr's language: "Not medical
// advice. Stop at any sharp pain.", shorter when w is narrow. (home.go's disclaimerLine is the
// English one, until home joins the catalogue.)
func disclaimerLineIn(tr *msg.Tr, w int) string {
	if long := tr.T("screen.disclaimer"); ansi.StringWidth(long) <= w {
		return long
	}
	return tr.T("screen.disclaimer_short")
}
