package main

import (
	"bufio"
	"errors"

	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

// physio is what limber checkin, goals and flare work with; a person is asked only on a
// terminal.
func (a *app) physio() cli.Physio {
	x := cli.Physio{Store: a.data(), Now: a.now(), Out: a.out()}
	if a.stdinTTY {
		x.Ask = &cli.Asker{In: bufio.NewScanner(a.stdin), Out: a.out()}
	}
	return x
}

// usage turns the person's mistake into a usage error (exit status 2).
func usage(in *cmdline.Parsed, err error) error {
	if m, ok := errors.AsType[*cli.Mistake](err); ok {
		return in.Usagef("%s", m.Msg)
	}
	return err
}

// optInt is an Int flag, nil when not given.
func optInt(in *cmdline.Parsed, name string) *int {
	if !in.Given(name) {
		return nil
	}
	n := in.Int(name, 0)
	return &n
}

// optString is a String flag, nil when not given ("" when given empty).
func optString(in *cmdline.Parsed, name string) *string {
	if !in.Given(name) {
		return nil
	}
	s := in.String(name)
	return &s
}

func runCheckin(a *app, in *cmdline.Parsed) error {
	r := cli.CheckinRequest{Pain: optInt(in, "pain"), Stiffness: optInt(in, "stiffness"), Note: in.String("note")}
	return usage(in, a.physio().Checkin(r))
}

func runGoals(a *app, in *cmdline.Parsed) error {
	r := cli.GoalsRequest{Add: optString(in, "add"), Remove: optString(in, "remove"), Rate: optString(in, "rate"), Score: optInt(in, "score")}
	return usage(in, a.physio().Goals(r))
}

func runFlare(a *app, in *cmdline.Parsed) error {
	return usage(in, a.physio().Flare(in.Int("days", 0), in.Bool("end")))
}

func runReport(a *app, in *cmdline.Parsed) error {
	r := cli.ReportRequest{Since: in.String("since"), Format: in.String("format"), Out: in.String("o"), Tr: a.tr(), Lib: loadLibrary(a)}
	return usage(in, cli.WriteReport(a.data(), a.stdout, a.errs(), r, a.now()))
}

func runAdd(a *app, in *cmdline.Parsed) error {
	err := cli.Add(a.out(), a.errs(), a.contentDir(), in.Args[0], a.stdin, in.String("as"))
	if errors.Is(err, cli.ErrNotAdded) {
		return errSilent
	}
	return err
}

func runExportRoutine(a *app, in *cmdline.Parsed) error {
	return usage(in, cli.Export(a.tr(), loadLibrary(a), in.Args[0], in.String("o"), a.stdout))
}
