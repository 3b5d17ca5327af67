package activity

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Logind is systemd-logind's idle hint for the user's graphical session, which desktops (GNOME,
// KDE, swayidle's idlehint) keep: `loginctl show-user` names the session, `loginctl
// show-session` says IdleHint and IdleSinceHint. It sees every key and mouse move in the
// desktop, a browser's included. A session that is no desktop's (SSH, a console), or whose
// desktop never set the hint, is not used.
type Logind struct {
	Run Runner
	// session is the graphical session's id, looked up once.
	session string
	looked  bool
}

// Name implements Source.
func (*Logind) Name() string { return "desktop idle (logind)" }

// Every implements Source: two processes the first time, one after.
func (*Logind) Every() time.Duration { return 30 * time.Second }

// Read implements Source.
func (l *Logind) Read(ctx context.Context, now time.Time) Reading {
	if !l.looked {
		out, err := l.Run(ctx, "loginctl", "show-user", "--property=Display", "--value")
		if err != nil {
			return Reading{Off: true, Note: "loginctl cannot say (" + firstLine(err) + ")"}
		}
		l.session, l.looked = strings.TrimSpace(string(out)), true
	}
	if l.session == "" {
		return Reading{Off: true, Note: "no graphical session (SSH or a console): nothing keeps an idle hint"}
	}
	out, err := l.Run(ctx, "loginctl", "show-session", l.session, "--property=Type", "--property=IdleHint", "--property=IdleSinceHint")
	if err != nil {
		l.looked = false // the session may have ended: look for the new one next time
		return Reading{Off: true, Note: "loginctl cannot say (" + firstLine(err) + ")"}
	}
	return ParseLogind(string(out), now)
}

// ParseLogind reads `loginctl show-session --property=Type,IdleHint,IdleSinceHint`: idle since
// IdleSinceHint, or active now; off when the session is no desktop's, or its desktop has never
// set the hint (IdleSinceHint 0), which would otherwise say "active" for ever.
func ParseLogind(out string, now time.Time) Reading {
	props := map[string]string{}
	for line := range strings.SplitSeq(out, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
			props[k] = v
		}
	}
	switch props["Type"] {
	case "x11", "wayland", "mir":
	default:
		return Reading{Off: true, Note: "session type " + strconv.Quote(props["Type"]) + " keeps no idle hint"}
	}
	since, _ := strconv.ParseInt(props["IdleSinceHint"], 10, 64) // µs since the epoch
	if since <= 0 {
		return Reading{Off: true, Note: "the desktop has never set an idle hint"}
	}
	if props["IdleHint"] == "yes" {
		at := time.UnixMicro(since)
		return Reading{Last: at, Note: "the desktop says idle since " + at.In(now.Location()).Format("15:04:05")}
	}
	return Reading{Last: now, Note: "the desktop says someone is active"}
}

// IOReg is macOS's time since the last key press or mouse move (HIDIdleTime, in ns), read with
// `ioreg -c IOHIDSystem`.
type IOReg struct{ Run Runner }

// Name implements Source.
func (IOReg) Name() string { return "desktop idle (macOS)" }

// Every implements Source.
func (IOReg) Every() time.Duration { return 15 * time.Second }

// Read implements Source.
func (r IOReg) Read(ctx context.Context, now time.Time) Reading {
	out, err := r.Run(ctx, "ioreg", "-c", "IOHIDSystem", "-r", "-d", "1", "-k", "HIDIdleTime")
	if err != nil {
		return Reading{Off: true, Note: "ioreg cannot say (" + firstLine(err) + ")"}
	}
	return ParseIOReg(string(out), now)
}

var hidIdleRE = regexp.MustCompile(`"HIDIdleTime"\s*=\s*(\d+)`)

// ParseIOReg reads ioreg's HIDIdleTime: the last activity was that long before now.
func ParseIOReg(out string, now time.Time) Reading {
	m := hidIdleRE.FindStringSubmatch(out)
	if m == nil {
		return Reading{Off: true, Note: "ioreg says no HIDIdleTime"}
	}
	ns, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || ns < 0 {
		return Reading{Off: true, Note: "ioreg's HIDIdleTime is not a number"}
	}
	last := now.Add(-time.Duration(ns))
	return Reading{Last: last, Note: "last input " + ago(now, last)}
}
