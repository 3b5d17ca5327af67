package plain

import (
	"context"
	"fmt"
	"io"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
)

// check asks the safety questions (when a person can answer) and decides again with the new
// answers, which are saved. Without a person to ask, the safety text is printed and the
// session goes on under the answers saved before (none: no limits). A yes to the red flags
// without the confirmation ends here, as a refusal.
func (d Door) check(ctx context.Context, in policy.Inputs, req policy.Request) (policy.Decision, error) {
	s := d.Lib.Safety()
	SafetyCheck(d.Out, s)
	if !d.Ask {
		in.Answers = policy.Answered(in.Answers, in.Now) // asked of nobody: decide under what was saved
		return policy.Decide(in, req), nil
	}
	a := policy.Answers{}
	yes, err := d.yesNo(ctx, policy.AskRedFlags)
	if err != nil {
		return policy.Decision{}, err
	}
	if yes {
		a.RedFlags = true
		fmt.Fprintf(d.Out, "\n%s\nEmergency: %s\n\n%s\n", policy.AdviceRedFlags, s.Emergency, policy.OfferGentle)
		fmt.Fprintf(d.Out, "Type %s and Enter to go on with gentle routines only, or just Enter to stop here: ", policy.ConfirmGentle)
		line, err := d.line(ctx)
		if err != nil {
			return policy.Decision{}, err
		}
		if !policy.Confirmed(line) {
			d.save(in, a)
			return policy.Decision{}, d.refuse("Stopped before starting: please see a physiotherapist or doctor first.")
		}
		a.GentleOnly = true
		fmt.Fprintf(d.Out, "%s\n", policy.GentleOnlyNow)
	}
	fmt.Fprintf(d.Out, "\n%s\n", policy.LegPainAbout)
	if a.LegPain, err = d.yesNo(ctx, policy.AskLegPain); err != nil {
		return policy.Decision{}, err
	}
	if a.LegPain {
		fmt.Fprintf(d.Out, "%s\n", policy.LegPainCheckedAbout)
		if a.LegPainChecked, err = d.yesNo(ctx, policy.AskLegPainChecked); err != nil {
			return policy.Decision{}, err
		}
		if !a.LegPainChecked {
			fmt.Fprintf(d.Out, "%s\n", policy.LegPainAdvice)
		}
	}
	fmt.Fprintf(d.Out, "\n%s %s\n", s.Pregnancy, policy.PregnancyMarks)
	printList(d.Out, policy.PregnancyStopIf, s.PregnancyStop)
	if a.Pregnant, err = d.yesNo(ctx, policy.AskPregnant); err != nil {
		return policy.Decision{}, err
	}
	fmt.Fprintln(d.Out)
	in.Answers = d.save(in, a)
	return policy.Decide(in, req), nil
}

// save dates the answers now and saves them (a failure is said; the answers still hold for
// this run).
func (d Door) save(in policy.Inputs, a policy.Answers) policy.Answers {
	a = policy.Answered(a, in.Now)
	if err := d.Store.SaveAnswers(a); err != nil {
		fmt.Fprintf(d.Err, "limber: your safety answers could not be saved (they will be asked again): %v\n", err)
	}
	return a
}

// warnPregnancy prints the pregnancy warning for what is about to start and, when a person can
// answer, asks whether to start it anyway.
func (d Door) warnPregnancy(ctx context.Context, dec policy.Decision) error {
	printPregnancyWarning(d.Out, d.Lib.Safety(), dec.Today.Routine.Name, dec.Pregnancy)
	if !d.Ask {
		return nil
	}
	yes, err := d.yesNo(ctx, policy.AskStartAnyway)
	if err != nil {
		return err
	}
	if !yes {
		return d.refuse("Not started.")
	}
	return nil
}

// printPregnancyWarning names the exercises of name to avoid in pregnancy, then the advice.
func printPregnancyWarning(w io.Writer, s content.Safety, name string, avoid []string) {
	fmt.Fprintf(w, "%s\n", policy.PregnancyAvoid(name))
	for _, n := range avoid {
		fmt.Fprintf(w, "  - %s\n", n)
	}
	fmt.Fprintf(w, "%s\n", s.Pregnancy)
	printList(w, policy.PregnancyStopLead, s.PregnancyStop)
	fmt.Fprintln(w)
}

// printList prints lead and the items under it, one to a line; nothing when there are none.
func printList(w io.Writer, lead string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "%s\n", lead)
	for _, f := range items {
		fmt.Fprintf(w, "  - %s\n", f)
	}
}

// refuse says why nothing starts and returns it as a *Refused.
func (d Door) refuse(why string) error {
	fmt.Fprintf(d.Out, "%s\n", why)
	return &Refused{why}
}

// yesNo asks question until the answer is y or n (anything else, Enter alone too, asks again).
func (d Door) yesNo(ctx context.Context, question string) (bool, error) {
	for {
		fmt.Fprintf(d.Out, "%s %s ", question, policy.YesNo)
		line, err := d.line(ctx)
		if err != nil {
			return false, err
		}
		if yes, ok := policy.Answer(line); ok {
			return yes, nil
		}
		fmt.Fprintf(d.Out, "%s\n", policy.AnswerYesNo)
	}
}

// line waits for the next input line; a signal (the context) ends the wait at once, and so does
// the end of input (nothing more can be answered).
func (d Door) line(ctx context.Context) (string, error) {
	select {
	case <-ctx.Done():
		fmt.Fprintln(d.Out)
		return "", context.Cause(ctx)
	case line, ok := <-d.Lines:
		if !ok {
			fmt.Fprintln(d.Out)
			return "", d.refuse("No answer (the input ended): nothing was started.")
		}
		return line, nil
	}
}
