package text

import (
	"fmt"

	"github.com/limber-coach/limber/content"
)

// Plural is "1 day", "3 days", "0 days".
func Plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// ExerciseName is the exercise's name, or "Hold" for a bare quick hold with none.
func ExerciseName(ex *content.Exercise) string {
	if ex == nil {
		return "Hold"
	}
	return ex.Name
}
