package content

import "github.com/limber-coach/limber/content/figure"

// FigureCharset is the character set every door draws exercise figures with: none when off
// (--no-figures, or figures = "off"), else what the terminal can show as figure.CharsetFor reads
// it from the environment through getenv, ASCII at most when the setting asks for it.
func (s Settings) FigureCharset(off bool, getenv func(string) string) figure.Charset {
	cs := figure.CharsetFor(getenv)
	switch {
	case off || s.Figures == FiguresOff:
		return figure.None
	case s.Figures == FiguresASCII && cs == figure.Braille:
		return figure.ASCII
	}
	return cs
}
