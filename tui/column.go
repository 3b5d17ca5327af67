package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/limber-coach/limber/session/text"
)

// readableWidth is the most a paragraph spans, however wide the terminal: lines longer than
// this are hard to follow from one to the next.
const readableWidth = 76

// textColumn returns the width of a centred column for the run screen's and the summaries'
// text in a w-cell screen, and the margin that centres it.
func textColumn(w int) (width int, margin string) {
	width = min(max(w-4, 1), 72)
	return width, strings.Repeat(" ", max((w-width)/2, 0))
}

// screenMargin is the left margin of the text screens (the safety check, the history): one
// column once the terminal is at least the usable size.
func screenMargin(w int) int {
	if w >= MinWidth {
		return 1
	}
	return 0
}

// screenWidth is the width text wraps to in a w-column terminal: inside the margins and at
// most limit.
func screenWidth(w, limit int) int { return max(min(w-2*screenMargin(w), limit), 1) }

// screenTextWidth is the width for paragraphs, kept to a comfortable reading length.
func screenTextWidth(w int) int { return screenWidth(w, readableWidth) }

// paragraphWidth is the width a paragraph wraps to on a screen without margins.
func paragraphWidth(w int) int { return max(min(w, readableWidth), 1) }

// styled renders each line with st.
func styled(st lipgloss.Style, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = st.Render(l)
	}
	return out
}

// fitBullet wraps s to w cells behind a "• " marker, continuation lines indented under the text,
// each line prefixed with indent.
func fitBullet(s string, w int, indent string) []string {
	lines := text.Wrap(s, w-2)
	for i, l := range lines {
		mark := "  "
		if i == 0 {
			mark = "• "
		}
		lines[i] = indent + mark + l
	}
	return lines
}
