package tui

import (
	"cmp"
	"slices"
)

// fittedLines lays a fitted page out: the most important sections first until the height is
// used, blank lines dropped before anything else they separate; the header on the first rows,
// the footer on the last, the body centred in between.
func (p page) fittedLines() []string {
	secs := p.drawn(false)
	order := make([]int, len(secs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(secs[a].prio, secs[b].prio) })
	keep := make([]bool, len(secs))
	closed := map[string]bool{}
	used := 0
	for _, i := range order {
		s := secs[i]
		if len(s.lines) == 0 || (s.group != "" && closed[s.group]) {
			continue
		}
		if used+len(s.lines) > p.h && s.alt != nil && used+len(s.alt) <= p.h {
			secs[i].lines, s.lines = s.alt, s.alt
		}
		if used+len(s.lines) <= p.h {
			keep[i], used = true, used+len(s.lines)
		} else if s.group != "" {
			closed[s.group] = true
		}
	}
	top := squeezeBlanks(p.placeAll(secs, keep, inHeader))
	body := squeezeBlanks(p.placeAll(secs, keep, inBody, underBody))
	bottom := squeezeBlanks(p.placeAll(secs, keep, inFooter))
	spare := max(p.h-len(top)-len(body)-len(bottom), 0)
	above := spare / 2
	if len(body) == 0 {
		above = spare
	}
	out := make([]string, 0, p.h)
	out = append(out, top...)
	out = append(out, make([]string, above)...)
	out = append(out, body...)
	out = append(out, make([]string, spare-above)...)
	return append(out, bottom...)
}

// squeezeBlanks drops blank lines at the ends of a region and doubled ones inside it.
func squeezeBlanks(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}
