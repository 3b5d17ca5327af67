package cli

import (
	"bufio"
	"errors"
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
		a.Out.Printf("%s\n", a.Out.T("plain.checkin.not_rating", "Text", content.Sanitize(strings.TrimSpace(line)), "Max", journal.MaxRating))
	}
}

// YesNo asks until the answer is y or n.
func (a Asker) YesNo(question string) (bool, error) {
	for {
		line, err := a.Line(question + " " + a.Out.T("safety.yes_no"))
		if err != nil {
			return false, err
		}
		if yes, ok := policy.AnswerWith(line, a.Out.T("safety.yes_words"), a.Out.T("safety.no_words")); ok {
			return yes, nil
		}
		a.Out.Printf("%s\n", a.Out.T("safety.answer_yes_no"))
	}
}

// CheckinSaved says what a check-in recorded.
func CheckinSaved(p Printer, c journal.Checkin) {
	var parts []string
	if c.Pain != nil {
		parts = append(parts, p.T("checkin.pain_n", "N", *c.Pain))
	}
	if c.Stiffness != nil {
		parts = append(parts, p.T("checkin.stiffness_n", "N", *c.Stiffness))
	}
	if c.Note != "" {
		parts = append(parts, p.T("checkin.a_note"))
	}
	p.Printf("%s\n", wrapped(p, p.T("checkin.saved", "What", strings.Join(parts, ", "))))
}

// FlareOffer says why a flare-up plan is offered and what it is.
func FlareOffer(p Printer, why string) {
	p.Printf("\n%s\n", wrapped(p, p.T("plain.flare.a_lot", "Why", why)+" "+p.T("flare.plan")))
}

// Flare prints the flare-up in force at now: its day, until when, the plan, and — past two
// weeks — to see a professional.
func Flare(p Printer, f policy.Flare, now time.Time) {
	until := f.Until.In(now.Location())
	p.Heading(p.T("flare.heading", "N", f.Day(now), "Day", p.tr().Weekday(until.Weekday()), "Date", p.tr().Date(until),
		"Time", until.Format("15:04")))
	if f.Reason != "" {
		p.Printf("%s\n", p.T("flare.why", "Why", content.Sanitize(text.FlareReasonIn(p.tr(), f.Reason))))
	}
	if f.Easing {
		p.Printf("%s\n", wrapped(p, p.T("flare.easing")+" "+p.T("flare.end_hint")))
	} else {
		p.Printf("%s\n", wrapped(p, p.T("flare.plan")))
	}
	p.Printf("%s\n", wrapped(p, p.T("flare.red_flags")))
	if f.SeeSomeone(now) {
		p.Printf("%s\n", p.Accent(wrapped(p, p.T("flare.see"))))
	}
}

// Goals lists the function goals with their latest scores (oldest first, the last few).
func Goals(p Printer, g checkin.Goals, scores map[string][]int, due bool) {
	if len(g.List) == 0 {
		p.Printf("%s\n", wrapped(p, p.T("goals.none")))
		return
	}
	p.Heading(p.T("goals.heading"))
	for _, x := range g.List {
		s := scores[x.ID]
		latest := p.T("goals.not_rated")
		if len(s) > 0 {
			latest = p.T("trend.now", "N", s[len(s)-1])
			if len(s) > 1 {
				latest += p.T("goals.at_first", "N", s[0]) + "  " + Sparkline(tail(s, 12), 0, 10)
			}
		}
		p.Printf("  %s  %s %s\n", x.ID, text.Pad(x.Activity, 40), latest)
	}
	if due {
		p.Printf("%s\n", wrapped(p, p.T("goals.due")))
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
