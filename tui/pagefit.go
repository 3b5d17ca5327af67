package tui

import (
	"cmp"
	"slices"
)

// fittedLines lays a fitted page out: the most important sections first until the height is
// used, blank lines dropped before anything else they separate; the header on the first rows,
// the footer on the last, the body centred in between — or, with an anchor, the anchor centred
// (lower when what is above it needs the room), the least important sections below it dropped
// until the rest fits under it: whatever follows it, it never moves.
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
	bottom := squeezeBlanks(p.placeAll(secs, keep, inFooter))
	body, above := p.anchored(secs, keep, p.h-len(top)-len(bottom))
	spare := max(p.h-len(top)-len(body)-len(bottom), 0)
	above = min(above, spare)
	out := make([]string, 0, p.h)
	out = append(out, top...)
	out = append(out, make([]string, above)...)
	out = append(out, body...)
	out = append(out, make([]string, spare-above)...)
	return append(out, bottom...)
}

// anchored is the body for rows rows, and the blank rows above it: the body centred, or with
// an anchor kept, the anchor centred (or as high as the lines above it let it be), dropping the
// sections under it that do not fit, the highest prio first. keep is updated.
func (p page) anchored(secs []section, keep []bool, rows int) (body []string, above int) {
	for {
		body, at := p.fittedBody(secs, keep)
		if at < 0 {
			return body, max(rows-len(body), 0) / 2
		}
		target := max((rows-len(p.place(secs[p.anchor])))/3, at)
		if len(body)-at <= rows-target {
			return body, target - at
		}
		drop := -1
		for i := p.anchor + 1; i < len(secs); i++ {
			if keep[i] && secs[i].region != inHeader && secs[i].region != inFooter && secs[i].prio > 0 &&
				(drop < 0 || secs[i].prio >= secs[drop].prio) {
				drop = i
			}
		}
		if drop < 0 { // nothing more to give: as high as it fits
			return body, max(rows-len(body), 0)
		}
		keep[drop] = false
	}
}

// fittedBody is the kept body's lines, blanks squeezed, and the line the anchor section starts
// on (-1 when there is no anchor, or it was not kept).
func (p page) fittedBody(secs []section, keep []bool) (lines []string, at int) {
	at = -1
	var raw []string
	for i, s := range secs {
		if !keep[i] || (s.region != inBody && s.region != underBody) {
			continue
		}
		if i == p.anchor {
			at = len(raw)
		}
		raw = append(raw, p.place(s)...)
	}
	if at < 0 {
		return squeezeBlanks(raw), -1
	}
	before := squeezeBlanks(raw[:at])
	lines = squeezeBlanks(raw)
	if len(before) > 0 && lines[len(before)] == "" { // a blank kept between them
		return lines, len(before) + 1
	}
	return lines, len(before)
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
