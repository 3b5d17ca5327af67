package tui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// keyNames are the names keys go by in help: every binding's help key and the keys it matches,
// the pairs, and the reminder's own.
func keyNames() []string {
	names := []string{"↑/↓", "←/→", "k"}
	v := reflect.ValueOf(DefaultKeys(msg.New(lang.English)))
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		b := v.Field(i).Interface().(key.Binding)
		names = append(names, b.Help().Key)
		for _, k := range b.Keys() {
			if len(k) == 1 && k[0] >= '0' && k[0] <= '9' {
				continue // the rating keys: "3 of 4 exercises done" is a count, not a key help
			}
			names = append(names, k)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// keyHelpLike matches text that reads like a typed key help: two or more "key desc" (or
// "key = desc") items joined by · or •.
func keyHelpLike(names []string) func(string) bool {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	item := regexp.MustCompile(`^(?:` + strings.Join(quoted, "|") + `)(?: =)? \p{L}`)
	return func(s string) bool {
		n := 0
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '•' }) {
			if item.MatchString(strings.TrimSpace(part)) {
				n++
			}
		}
		return n >= 2
	}
}

func TestKeyHelpLikeCatchesTypedHelp(t *testing.T) {
	like := keyHelpLike(keyNames())
	for _, s := range []string{"enter open · / filter · t quick hold · m max test · h history · q quit",
		"enter = rep · d = set done", "y yes · n no · esc later", "space pause • ! pain", "enter break now · k skip the next"} {
		if !like(s) {
			t.Errorf("%q is not caught", s)
		}
	}
	for _, s := range []string{"Streak: 3 days · Last: Desk break", "set 1 of 2 · hold 1 of 3", "PAUSED · ",
		"Not medical advice · sharp pain? press "} {
		if like(s) {
			t.Errorf("%q is taken for a key help", s)
		}
	}
}

// No screen types a key help of its own: bindings get their help text only in the keys.go
// files; screens only change what a binding says it does, through describe; only styles.go
// draws help, with the one help model; and no string in the code reads like a key help.
func TestNoHandTypedKeyHelp(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("reminder/*.go")
	like := keyHelpLike(keyNames())
	fset := token.NewFileSet()
	for _, path := range append(files, more...) {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(path)
		for _, decl := range f.Decls {
			fn := ""
			if d, ok := decl.(*ast.FuncDecl); ok {
				fn = d.Name.Name
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if s, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && like(s) {
						t.Errorf("%s: %q is a key help typed by hand", fset.Position(n.Pos()), s)
					}
				case *ast.SelectorExpr:
					at := fset.Position(n.Pos())
					switch name := n.Sel.Name; {
					case (name == "WithHelp" || name == "NewBinding") && base != "keys.go":
						t.Errorf("%s: %s outside a keys.go", at, name)
					case name == "SetHelp" && fn != "describe":
						t.Errorf("%s: SetHelp outside describe", at)
					case (name == "ShortHelpView" || name == "FullHelpView") && base != "styles.go":
						t.Errorf("%s: %s outside styles.go: help is drawn by Styles.ShortHelp and FullHelp", at, name)
					}
					if x, ok := n.X.(*ast.Ident); ok && x.Name == "help" && n.Sel.Name == "New" && base != "styles.go" {
						t.Errorf("%s: a help model outside styles.go", at)
					}
				}
				return true
			})
		}
	}
}

// Every screen's one-line help is a section of its page drawn from the screen's own key map,
// and every line on screen that reads like a key help is one of the page's key help sections:
// no screen draws a help line of its own.
func TestEveryScreenHelpComesFromItsKeyMap(t *testing.T) {
	like := keyHelpLike(keyNames())
	for _, sc := range everyScreen(t, 80, 24) {
		_, km := footerHelp(sc.page)
		if len(sc.need) > 0 && km == nil {
			t.Errorf("%s: no key help section", sc.name)
			continue
		}
		if km != nil && !strings.HasSuffix(reflect.TypeOf(km).Name(), "Keys") {
			t.Errorf("%s: help from %T, want a screen's key map", sc.name, km)
		}
		var drawn []string
		for _, s := range sc.page.drawn(sc.page.mode == scrolled && sc.page.overflows()) {
			if s.keys != nil {
				for _, l := range s.lines {
					drawn = append(drawn, strings.TrimSpace(plainView(l)))
				}
			}
		}
		for _, l := range strings.Split(plainView(sc.page.render()), "\n") {
			if like(l) && !slices.Contains(drawn, strings.TrimSpace(l)) {
				t.Errorf("%s: the help line %q is not drawn from a key map", sc.name, l)
			}
		}
	}
}
