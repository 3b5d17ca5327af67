package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// helpCatalogue is the English catalogue file of the command table's texts.
var helpCatalogue = filepath.Join("..", "..", "session", "msg", "locale", "en", "help.toml")

// The command table holds its summaries and flag texts in English, the one place they are
// written; the catalogue has them too, so they can be translated. This fails when the two
// differ, or when the catalogue keeps a text the table no longer has; -update writes the
// catalogue's English from the table (then translate what changed in de, es and fr).
func TestTheCommandTableIsInTheCatalogue(t *testing.T) {
	p, _ := program()
	want := p.Catalogue()
	if *update {
		writeHelpCatalogue(t, want)
	}
	ms, err := msg.Messages(lang.English)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range ms {
		if strings.HasPrefix(m.ID, "cmdhelp.summary.") || strings.HasPrefix(m.ID, "cmdhelp.flag.") || strings.HasPrefix(m.ID, "cmdhelp.arg.") {
			got[m.ID] = m.Other
		}
	}
	for id, text := range want {
		if got[id] != text {
			t.Errorf("%s: the table says %q, the catalogue %q (go test ./cmd/limber -run Catalogue -update)", id, text, got[id])
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s is in the catalogue but not in the table", id)
		}
	}
}

func writeHelpCatalogue(t *testing.T, texts map[string]string) {
	tables := map[string][]string{}
	for id, text := range texts {
		i := strings.LastIndex(id, ".")
		tables[id[:i]] = append(tables[id[:i]], fmt.Sprintf("%s = %q", id[i+1:], text))
	}
	var b strings.Builder
	b.WriteString("# The command table's summaries and the help of its arguments and flags, in English, written\n" +
		"# from the table (cmd/limber/commands.go) by go test ./cmd/limber -run Catalogue -update.\n" +
		"# Do not edit: change the table. Translations are in ../<lang>/help.toml.\n")
	names := make([]string, 0, len(tables))
	for n := range tables {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		slices.Sort(tables[n])
		fmt.Fprintf(&b, "\n[%s]\n%s\n", n, strings.Join(tables[n], "\n"))
	}
	if err := os.WriteFile(helpCatalogue, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
