package content

import (
	"fmt"
	"slices"
	"strings"
)

// checkGentler clears (and reports) gentler links that name no exercise.
func (l *Library) checkGentler(where map[*Exercise]origin, bs budgets) Problems {
	var probs Problems
	for _, e := range l.Exercises() {
		if e.Gentler == "" {
			continue
		}
		if _, ok := l.exercises[e.Gentler]; !ok {
			b := bs.of(e.Source)
			if b.take() {
				o := where[e]
				probs = append(probs, Problem{File: e.Source, Line: o.p.loc.exercise(o.idx, "gentler"), Where: fmt.Sprintf("exercise %q", e.ID),
					Msg: fmt.Sprintf("gentler %s names no exercise%s; the exercise loads without a gentler variant", quoted(e.Gentler), didYouMean(e.Gentler, l.exOrder))})
			}
			e.Gentler = ""
		}
	}
	return probs
}

// gentlerLoops finds gentler links that lead back where they started (a → b → a): after a
// pain stop such a chain would offer the harder move as the "gentler variant". Each loop is
// reported once, at its first exercise from a user file (the built-ins have none), and every
// gentler link in it is dropped. Each exercise is visited once: linear in the library.
func (l *Library) gentlerLoops(where map[*Exercise]origin, bs budgets) Problems {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(l.exOrder))
	var probs Problems
	for _, id := range l.exOrder {
		var path []string
		pos := map[string]int{}
		cur := id
		for cur != "" && state[cur] == unseen {
			state[cur] = onPath
			pos[cur] = len(path)
			path = append(path, cur)
			cur = l.exercises[cur].Gentler
		}
		if cur != "" && state[cur] == onPath {
			loop := path[pos[cur]:]
			first := l.exercises[loop[0]]
			for _, x := range loop {
				if e := l.exercises[x]; !strings.HasPrefix(e.Source, BuiltinPrefix) {
					first = e
					break
				}
			}
			if bs.of(first.Source).take() {
				o := where[first]
				probs = append(probs, Problem{File: first.Source, Line: o.p.loc.exercise(o.idx, "gentler"), Where: fmt.Sprintf("exercise %q", first.ID),
					Msg: fmt.Sprintf("the gentler variants go round in a loop (%s): after a pain stop the harder move would be offered as the gentler one; "+
						"the chain must end at an exercise with no gentler, so these gentler links are dropped", loopText(loop, first.ID))})
			}
			for _, x := range loop {
				l.exercises[x].Gentler = ""
			}
		}
		for _, x := range path {
			state[x] = done
		}
	}
	return probs
}

// loopText writes a gentler loop from id round to id again, "a → b → a", cut after 6 steps.
func loopText(loop []string, id string) string {
	k := slices.Index(loop, id)
	loop = append(loop[k:len(loop):len(loop)], loop[:k]...)
	var parts []string
	for i, x := range loop {
		if i == 6 {
			parts = append(parts, fmt.Sprintf("… %d more", len(loop)-6))
			break
		}
		parts = append(parts, x)
	}
	return strings.Join(append(parts, id), " → ")
}
