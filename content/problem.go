package content

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a content file: where it is and what would be valid.
type Problem struct {
	// File is the file's path ("content/library/core.toml" for built-ins).
	File string
	// Line and Col are 1-based; zero when unknown.
	Line, Col int
	// Where names the item, e.g. `routine "desk-break" step 3`, when the problem is semantic.
	Where string
	// Msg says what is wrong and what would be valid.
	Msg string
	// FileLeftOut is set when the problem kept the whole file from loading (a user file with a
	// parse or validation problem). Other problems leave out, or repair, only the item they name.
	FileLeftOut bool
}

// Error formats the problem as "file:line:col: where: msg".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Where != "" {
		b.WriteString(p.Where)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is a list of content problems; as an error it prints one per line.
type Problems []Problem

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Files returns the distinct files that have problems, in order of first appearance.
func (ps Problems) Files() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range ps {
		if !seen[p.File] {
			seen[p.File] = true
			out = append(out, p.File)
		}
	}
	return out
}

// LeftOut returns the distinct files that were left out whole, in order of first appearance.
func (ps Problems) LeftOut() []string {
	var kept Problems
	for _, p := range ps {
		if p.FileLeftOut {
			kept = append(kept, p)
		}
	}
	return kept.Files()
}

// Suggest returns the candidate closest to s by edit distance when it is close enough to be a
// plausible typo, else "".
func Suggest(s string, candidates []string) string {
	best, bestD := "", len(s)/2+2
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// Closest returns up to n candidates ordered by edit distance to s, nearest first, leaving out
// those that share nothing with it.
func Closest(s string, candidates []string, n int) []string {
	type scored struct {
		c string
		d int
	}
	var all []scored
	for _, c := range candidates {
		d := editDistance(s, c)
		if ns, nc := strings.ReplaceAll(s, "-", ""), strings.ReplaceAll(c, "-", ""); strings.Contains(nc, ns) || strings.Contains(ns, nc) {
			d = min(d, 2)
		}
		if d <= len(s)/3+1 {
			all = append(all, scored{c, d})
		}
	}
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && (all[j].d < all[j-1].d || all[j].d == all[j-1].d && all[j].c < all[j-1].c); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := make([]string, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].c)
	}
	return out
}

func didYouMean(s string, candidates []string) string {
	if c := Suggest(s, candidates); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, by bytes (ids are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
