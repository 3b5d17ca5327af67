package cli

import (
	"fmt"
	"io"

	"github.com/charmbracelet/x/ansi"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// Printer is where a command prints and how: the writer, the width to lay out for, and whether
// headings take the accent colour. A terminal gets its own width and colour (unless NO_COLOR or
// TERM=dumb); a pipe or a file gets Plain's 80 columns and no escape codes, so what a script
// reads does not depend on the window it was started from.
type Printer struct {
	W io.Writer
	// Width is the number of columns to lay out for; 0 means Width (80).
	Width int
	// Color turns on the accent colour for headings (and, on stderr, the "limber:" of errors).
	Color bool
	// Numbers: figures only, no drawings such as sparklines (a pipe or a file).
	Numbers bool
	// Tr is the language a person reads the views in; nil is English. Machine output (--json,
	// --csv) does not use it.
	Tr *msg.Tr
}

// T is message id of the catalogue in the printer's language (see msg.Tr.T).
func (p Printer) T(id string, kv ...any) string { return p.tr().T(id, kv...) }

// N is plural message id for count in the printer's language (see msg.Tr.N).
func (p Printer) N(id string, count int, kv ...any) string { return p.tr().N(id, count, kv...) }

// tr is the printer's language, English when none was given.
func (p Printer) tr() *msg.Tr {
	if p.Tr == nil {
		return msg.New(lang.English)
	}
	return p.Tr
}

// Lang is the printer's language (for a view that needs its Tr, such as text's ...In forms).
func (p Printer) Lang() *msg.Tr { return p.tr() }

// Plain is a Printer for a pipe or a file: 80 columns, no colour, numbers for drawings.
func Plain(w io.Writer) Printer { return Printer{W: w, Width: Width, Numbers: true} }

// MinWidth is the narrowest layout: below it the tables would be all ellipses, and the
// terminal is left to wrap.
const MinWidth = 40

// Cols is the width to lay out for: Width by default, never below MinWidth.
func (p Printer) Cols() int {
	if p.Width <= 0 {
		return Width
	}
	return max(p.Width, MinWidth)
}

// accent is the coach's accent (tui's Styles.Accent): bold, ANSI colour 6.
var accent = ansi.NewStyle().Bold().ForegroundColor(ansi.Cyan)

// Accent is s in the accent colour, or s as it is without colour.
func (p Printer) Accent(s string) string {
	if !p.Color || s == "" {
		return s
	}
	return accent.Styled(s)
}

// Printf prints to the printer's writer.
func (p Printer) Printf(format string, args ...any) { fmt.Fprintf(p.W, format, args...) }

// Heading prints a heading line: s in the accent colour.
func (p Printer) Heading(s string) { fmt.Fprintln(p.W, p.Accent(s)) }

// Errorf prints "limber: " and the message, the "limber:" in the accent colour: the one shape of
// every error and warning limber prints.
func (p Printer) Errorf(format string, args ...any) {
	fmt.Fprintf(p.W, "%s %s\n", p.Accent("limber:"), fmt.Sprintf(format, args...))
}
