package figure

import "strings"

// CharsetFor is the character set a terminal described by the environment can draw figures
// with. getenv looks a variable up (os.Getenv, or a test's map).
//
//   - TERM=dumb: None (no cursor movement, no pictures).
//   - TERM=linux, the Linux console, whose fonts have no braille: ASCII.
//   - A locale that is not UTF-8 — the first of LC_ALL, LC_CTYPE and LANG that is set, as the
//     C library reads them — ASCII: braille would come out as mojibake.
//   - Otherwise Braille, also when no locale variable is set at all (limber's other screens
//     draw block digits and bullets there too).
func CharsetFor(getenv func(string) string) Charset {
	switch getenv("TERM") {
	case "dumb":
		return None
	case "linux":
		return ASCII
	}
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(k); v != "" {
			if utf8Locale(v) {
				return Braille
			}
			return ASCII
		}
	}
	return Braille
}

// utf8Locale reports whether a locale name such as "en_GB.UTF-8" or "C.utf8" is UTF-8.
func utf8Locale(v string) bool {
	v = strings.ToLower(v)
	if i := strings.IndexByte(v, '@'); i >= 0 { // a modifier: de_DE.UTF-8@euro
		v = v[:i]
	}
	return strings.HasSuffix(v, ".utf-8") || strings.HasSuffix(v, ".utf8")
}
