package content

import (
	"cmp"
	"fmt"
	"slices"
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
	// FileLeftOut is set when the problem kept the whole file from loading (a user file that
	// could not be read or parsed, or has an invalid field). Other problems leave out, or
	// repair, only the item they name.
	FileLeftOut bool
	// Omitted, on the last problem of a file that has more than MaxProblemsPerFile, is how many
	// more were found and not listed ("… and 4,980 more problems in this file").
	Omitted int
}

// MaxProblemsPerFile is how many problems are listed for one file; the rest are only counted,
// in one last line. A file with thousands of mistakes says so in 21 lines, and the work of
// explaining each one (line look-ups, "did you mean") is only done for the ones listed.
const MaxProblemsPerFile = 20

// Error formats the problem as "file:line:col: where: msg", the file name shown with
// DisplayPath so that no character in it can act on the terminal.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(DisplayPath(p.File))
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

// Count is the number of problems found, including those only counted (Omitted).
func (ps Problems) Count() int {
	n := len(ps)
	for _, p := range ps {
		if p.Omitted > 0 {
			n += p.Omitted - 1 // the line counting them is no problem itself
		}
	}
	return n
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

// budget counts one file's problems while they are found, so that past MaxProblemsPerFile
// they are only counted: no message is built and no suggestion searched for.
type budget struct {
	n int // problems found
}

// full reports whether the file's problems are only counted from now on.
func (b *budget) full() bool { return b != nil && b.n >= MaxProblemsPerFile }

// take counts one problem and reports whether it is to be listed.
func (b *budget) take() bool {
	if b == nil {
		return true
	}
	b.n++
	return b.n <= MaxProblemsPerFile
}

// budgets hands out one budget per file and adds, after each file's last listed problem, the
// line that counts the rest.
type budgets map[string]*budget

func (bs budgets) of(file string) *budget {
	b := bs[file]
	if b == nil {
		b = &budget{}
		bs[file] = b
	}
	return b
}

// add appends p to ps when its file's budget allows it.
func (bs budgets) add(ps *Problems, p Problem) {
	if bs.of(p.File).take() {
		*ps = append(*ps, p)
	}
}

// close returns ps with, after the last listed problem of each file that found more than it
// listed, a line saying how many more there are.
func (bs budgets) close(ps Problems) Problems {
	last := map[string]int{}
	listed := map[string]int{}
	for i, p := range ps {
		last[p.File] = i
		listed[p.File]++
	}
	out := make(Problems, 0, len(ps)+len(bs))
	for i, p := range ps {
		out = append(out, p)
		b := bs[p.File]
		if b == nil || last[p.File] != i || b.n <= listed[p.File] {
			continue
		}
		more := b.n - listed[p.File]
		out = append(out, Problem{File: p.File, FileLeftOut: p.FileLeftOut, Omitted: more,
			Msg: fmt.Sprintf("… and %s more %s in this file", thousands(more), plural(more, "problem", "problems"))})
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// thousands writes n with commas: 4,980.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Suggest returns the candidate closest to s by edit distance when it is close enough to be a
// plausible typo, else "". Candidates whose length alone puts them too far are not compared,
// so a long s costs no more than reading the candidates.
func Suggest(s string, candidates []string) string {
	best, bestD := "", len(s)/2+2
	for _, c := range candidates {
		if abs(len(c)-len(s)) >= bestD {
			continue
		}
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func abs(n int) int { return max(n, -n) }

// Closest returns up to n candidates ordered by edit distance to s, nearest first, leaving out
// those that share nothing with it.
func Closest(s string, candidates []string, n int) []string {
	type scored struct {
		c string
		d int
	}
	var all []scored
	limit := len(s)/3 + 1
	ns := strings.ReplaceAll(s, "-", "")
	for _, c := range candidates {
		nc := strings.ReplaceAll(c, "-", "")
		// One inside the other ("plank" in "side-plank") counts as near, while the outer one is
		// at most twice as long: a 100,000-letter word is near nothing, and costs no search.
		contained := len(ns) <= 2*len(nc) && len(nc) <= 2*len(ns) && (strings.Contains(nc, ns) || strings.Contains(ns, nc))
		if !contained && abs(len(c)-len(s)) > limit {
			continue // the edit distance is at least the difference in length
		}
		d := 0
		if contained {
			d = 2
			if abs(len(c)-len(s)) < 2 {
				d = min(d, editDistance(s, c))
			}
		} else {
			d = editDistance(s, c)
		}
		if d <= limit {
			all = append(all, scored{c, d})
		}
	}
	slices.SortStableFunc(all, func(a, b scored) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.c, b.c)) })
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
