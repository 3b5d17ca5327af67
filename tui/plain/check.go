package plain

import (
	"context"
	"fmt"
	"io"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
)

// check asks the safety questions (when a person can answer) and decides again with the new
// answers, which are saved. Without a person to ask, the safety text is printed and the
// session goes on under the answers saved before (none: no limits). A yes to the red flags
// without the confirmation ends here, as a refusal.
func (d Door) check(ctx context.Context, in policy.Inputs, req policy.Request) (policy.Decision, error) {
	s := d.Lib.Safety()
	tr := d.tr()
	SafetyCheck(d.Out, tr, s)
	if !d.Ask {
		in.Answers = policy.Answered(in.Answers, in.Now) // asked of nobody: decide under what was saved
		return policy.Decide(in, req), nil
	}
	a := policy.Answers{Flare: in.Answers.Flare} // the flare-up is no question: it stays
	yes, err := d.yesNo(ctx, tr.T("safety.ask_red_flags"))
	if err != nil {
		return policy.Decision{}, err
	}
	if yes {
		a.RedFlags = true
		fmt.Fprintf(d.Out, "\n%s\n%s\n\n%s\n", tr.T("safety.advice_red_flags"), tr.T("safety.emergency", "Text", s.Emergency), tr.T("safety.offer_gentle"))
		fmt.Fprintf(d.Out, "%s ", tr.T("plain.type_confirm", "Word", tr.T("safety.confirm_word")))
		line, err := d.line(ctx)
		if err != nil {
			return policy.Decision{}, err
		}
		if !policy.ConfirmedWith(line, tr.T("safety.confirm_word")) {
			d.save(in, a)
			return policy.Decision{}, d.refuse(tr.T("plain.stopped_before"))
		}
		a.GentleOnly = true
		fmt.Fprintf(d.Out, "%s\n", tr.T("safety.gentle_only_now"))
	}
	fmt.Fprintf(d.Out, "\n%s\n", tr.T("safety.leg_pain_about"))
	if a.LegPain, err = d.yesNo(ctx, tr.T("safety.ask_leg_pain")); err != nil {
		return policy.Decision{}, err
	}
	if a.LegPain {
		fmt.Fprintf(d.Out, "%s\n", tr.T("safety.leg_pain_checked_about"))
		if a.LegPainChecked, err = d.yesNo(ctx, tr.T("safety.ask_leg_pain_checked")); err != nil {
			return policy.Decision{}, err
		}
		if !a.LegPainChecked {
			fmt.Fprintf(d.Out, "%s\n", tr.T("safety.leg_pain_advice"))
		}
	}
	fmt.Fprintf(d.Out, "\n%s %s\n", s.Pregnancy, tr.T("safety.pregnancy_marks"))
	printList(d.Out, tr.T("safety.pregnancy_stop_if"), s.PregnancyStop)
	if a.Pregnant, err = d.yesNo(ctx, tr.T("safety.ask_pregnant")); err != nil {
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
		fmt.Fprintf(d.Err, "%s\n", d.tr().T("plain.answers_not_saved", "Err", err))
	}
	return a
}

// warnPregnancy prints the pregnancy warning for what is about to start and, when a person can
// answer, asks whether to start it anyway.
func (d Door) warnPregnancy(ctx context.Context, dec policy.Decision) error {
	tr := d.tr()
	printPregnancyWarning(d.Out, tr, d.Lib.Safety(), dec.Today.Routine.Name, dec.Pregnancy)
	if !d.Ask {
		return nil
	}
	yes, err := d.yesNo(ctx, tr.T("safety.ask_start_anyway"))
	if err != nil {
		return err
	}
	if !yes {
		return d.refuse(tr.T("plain.not_started"))
	}
	return nil
}

// printPregnancyWarning names the exercises of name to avoid in pregnancy, then the advice.
func printPregnancyWarning(w io.Writer, tr *msg.Tr, s content.Safety, name string, avoid []string) {
	fmt.Fprintf(w, "%s\n", tr.T("safety.pregnancy_avoid", "Name", name))
	for _, n := range avoid {
		fmt.Fprintf(w, "  - %s\n", n)
	}
	fmt.Fprintf(w, "%s\n", s.Pregnancy)
	printList(w, tr.T("safety.pregnancy_stop_lead"), s.PregnancyStop)
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
	tr := d.tr()
	for {
		fmt.Fprintf(d.Out, "%s %s ", question, tr.T("safety.yes_no"))
		line, err := d.line(ctx)
		if err != nil {
			return false, err
		}
		if yes, ok := policy.AnswerWith(line, tr.T("safety.yes_words"), tr.T("safety.no_words")); ok {
			return yes, nil
		}
		fmt.Fprintf(d.Out, "%s\n", tr.T("safety.answer_yes_no"))
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
			return "", d.refuse(d.tr().T("plain.no_answer"))
		}
		return line, nil
	}
}
