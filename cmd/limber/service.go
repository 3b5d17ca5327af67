package main

import (
	"errors"
	"fmt"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/tui/cli/cmdline"
	"github.com/limber-coach/limber/tui/service"
)

// runService is limber service install|uninstall|status: limber remind --background as the
// person's own systemd or launchd service.
func runService(a *app, in *cmdline.Parsed) error {
	tr := a.tr()
	err := serviceDo(a, in, tr)
	if errors.Is(err, service.ErrUnsupported) {
		return errors.New(tr.T("service.unsupported"))
	}
	return err
}

func serviceDo(a *app, in *cmdline.Parsed, tr *msg.Tr) error {
	svc, err := service.ThisMachine(a.getenv, a.home())
	svc.Tr = tr
	switch {
	case err != nil:
		return err
	case in.Bool("print"):
		text, err := svc.Content()
		fmt.Fprint(a.stdout, text)
		return err
	case len(in.Args) == 0:
		return in.Usage("cmd.service_missing")
	case in.Args[0] == "install":
		return svc.Install(a.stdout)
	case in.Args[0] == "uninstall":
		return svc.Uninstall(a.stdout)
	case in.Args[0] == "status":
		err = svc.Status(a.stdout)
		st, running := a.data().LiveRemindState()
		fmt.Fprintln(a.stdout, service.Running(tr, running, st.Background, glance(a).LineIn(tr)))
		return err
	}
	return in.Usage("cmd.service_unknown", "What", fmt.Sprintf("%q", in.Args[0]))
}
