package cli

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// Asker asks a person questions on the command line, one line each.
type Asker struct {
	In  *bufio.Scanner
	Out Printer
}

// ErrNoAnswer is an Asker's error when the input ended.
var ErrNoAnswer = errors.New("no answer (the input ended): nothing was saved")

// Line asks question and returns the line typed.
func (a Asker) Line(question string) (string, error) {
	a.Out.Printf("%s ", question)
	if !a.In.Scan() {
		a.Out.Printf("\n")
		return "", ErrNoAnswer
	}
	return a.In.Text(), nil
}

// Rating asks a 0–10 rating until it gets one; Enter gives none (nil).
func (a Asker) Rating(question string) (*int, error) {
	for {
		line, err := a.Line(question)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(line) == "" {
			return nil, nil
		}
		n, err := checkin.ParseRating(line)
		if err == nil {
			return &n, nil
		}
		a.Out.Printf("%s\n", capital(err.Error()))
	}
}

// YesNo asks until the answer is y or n.
func (a Asker) YesNo(question string) (bool, error) {
	for {
		line, err := a.Line(question + " " + policy.YesNo)
		if err != nil {
			return false, err
		}
		if yes, ok := policy.Answer(line); ok {
			return yes, nil
		}
		a.Out.Printf("%s\n", policy.AnswerYesNo)
	}
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// CheckinSaved says what a check-in recorded.
func CheckinSaved(p Printer, c journal.Checkin) {
	var parts []string
	if c.Pain != nil {
		parts = append(parts, fmt.Sprintf("pain %d", *c.Pain))
	}
	if c.Stiffness != nil {
		parts = append(parts, fmt.Sprintf("stiffness %d", *c.Stiffness))
	}
	if c.Note != "" {
		parts = append(parts, "a note")
	}
	p.Printf("Check-in saved: %s. limber stats shows the weekly trend.\n", strings.Join(parts, ", "))
}

// FlareOffer says why a flare-up plan is offered and what it is.
func FlareOffer(p Printer, why string) {
	p.Printf("\n%s\n", wrapped(p, "That is a lot ("+why+"). "+policy.FlarePlan))
}

// Flare prints the flare-up in force at now: its day, until when, the plan, and — past two
// weeks — to see a professional.
func Flare(p Printer, f policy.Flare, now time.Time) {
	p.Heading(fmt.Sprintf("Flare-up plan: day %d, until %s", f.Day(now), f.Until.In(now.Location()).Format("Mon 2 Jan 15:04")))
	if f.Reason != "" {
		p.Printf("Why: %s.\n", content.Sanitize(f.Reason))
	}
	if f.Easing {
		p.Printf("%s\n", wrapped(p, "Your latest ratings are down: routines without strength work are open again. "+FlareEnd))
	} else {
		p.Printf("%s\n", wrapped(p, policy.FlarePlan))
	}
	p.Printf("%s\n", wrapped(p, policy.FlareRedFlags))
	if f.SeeSomeone(now) {
		p.Printf("%s\n", p.Accent(wrapped(p, policy.FlareSeeText)))
	}
}

// FlareEnd says how to end a flare-up plan.
const FlareEnd = "End the plan when you feel ready: limber flare --end."

// Goals lists the function goals with their latest scores (oldest first, the last few).
func Goals(p Printer, g checkin.Goals, scores map[string][]int, due bool) {
	if len(g.List) == 0 {
		p.Printf("%s\n", wrapped(p, "No function goals yet. Name up to three activities your back makes hard, and rate each 0 (cannot) to 10 (as before): limber goals --add \"sit through a 1-hour meeting\" --score 4"))
		return
	}
	p.Heading("Function goals (0 cannot do it, 10 as well as before)")
	for _, x := range g.List {
		s := scores[x.ID]
		latest := "not rated yet"
		if len(s) > 0 {
			latest = fmt.Sprintf("%d now", s[len(s)-1])
			if len(s) > 1 {
				latest += fmt.Sprintf(", %d at first  %s", s[0], Sparkline(tail(s, 12), 0, 10))
			}
		}
		p.Printf("  %s  %-40s %s\n", x.ID, x.Activity, latest)
	}
	if due {
		p.Printf("%s\n", wrapped(p, "Time for the weekly rating: limber goals --rate \"4,6,2\" (one score per goal, in order), or limber goals in a terminal to be asked."))
	}
}

// tail is the last n of s.
func tail(s []int, n int) []int {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// Sparkline draws values between lo and hi as block characters, oldest first.
func Sparkline(values []int, lo, hi int) string {
	const bars = "▁▂▃▄▅▆▇█"
	rs := []rune(bars)
	var b strings.Builder
	for _, v := range values {
		i := 0
		if hi > lo {
			i = (v - lo) * (len(rs) - 1) / (hi - lo)
		}
		b.WriteRune(rs[max(0, min(len(rs)-1, i))])
	}
	return b.String()
}

// wrapped is s wrapped to the printer's width.
func wrapped(p Printer, s string) string { return strings.Join(wrapText(s, p.Cols()), "\n") }

// wrapText is text.Wrap.
func wrapText(s string, w int) []string { return text.Wrap(s, w) }
