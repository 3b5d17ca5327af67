package msg

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Units are what a duration is written with: the decimal mark and the unit words.
type Units struct{ Decimal, S, Min, H string }

// Neutral is how durations read where no language applies (machine output, and the words not
// yet in the catalogue): "2.5 s", "1 min 30 s".
var Neutral = Units{Decimal: ".", S: "s", Min: "min", H: "h"}

// Units returns the language's decimal mark and unit words.
func (tr *Tr) Units() Units {
	return Units{Decimal: tr.T("num.decimal"), S: tr.T("unit.s"), Min: tr.T("unit.min"), H: tr.T("unit.h")}
}

// Dec writes f with prec decimals and the language's decimal mark: "1.5", German "1,5".
func (tr *Tr) Dec(f float64, prec int) string { return dec(f, prec, tr.T("num.decimal")) }

func dec(f float64, prec int, mark string) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if mark != "." {
		s = strings.Replace(s, ".", mark, 1)
	}
	return s
}

// Dur says a duration as people say it, in the language: see DurIn.
func (tr *Tr) Dur(d time.Duration) string { return DurIn(d, tr.Units()) }

// DurUp says a time still to come, in the language: see DurUpIn.
func (tr *Tr) DurUp(d time.Duration) string { return DurUpIn(d, tr.Units()) }

// DurIn says a duration with units u: "45 s", "2.5 s" (tenths only under a minute, and only
// when not whole), "1 min 30 s", "12 min", "1 h 5 min" (from an hour up, to the minute).
// Negative durations read as 0 s.
func DurIn(d time.Duration, u Units) string {
	d = max(d, 0).Round(time.Second / 10)
	switch {
	case d < time.Minute && d%time.Second != 0:
		return dec(d.Seconds(), 1, u.Decimal) + " " + u.S
	case d < time.Minute:
		return fmt.Sprintf("%d %s", int(d/time.Second), u.S)
	case d < time.Hour:
		d = d.Round(time.Second)
		m, s := int(d/time.Minute), int(d%time.Minute/time.Second)
		if s == 0 {
			return fmt.Sprintf("%d %s", m, u.Min)
		}
		return fmt.Sprintf("%d %s %d %s", m, u.Min, s, u.S)
	}
	return hoursMinutes(int(d.Round(time.Minute)/time.Minute), u)
}

// DurUpIn says a time still to come, rounded up to the unit it is shown in, so "1 min" shows
// until the last minute has fully gone: "40 s", "12 min", "1 h 30 min", "2 h".
func DurUpIn(d time.Duration, u Units) string {
	d = max(d, 0)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d %s", int((d+time.Second-1)/time.Second), u.S)
	case d < time.Hour:
		return fmt.Sprintf("%d %s", int((d+time.Minute-1)/time.Minute), u.Min)
	}
	return hoursMinutes(int((d+time.Minute-1)/time.Minute), u)
}

func hoursMinutes(m int, u Units) string {
	if m%60 == 0 {
		return fmt.Sprintf("%d %s", m/60, u.H)
	}
	return fmt.Sprintf("%d %s %d %s", m/60, u.H, m%60, u.Min)
}

var weekdayIDs = [...]string{"weekday.sun", "weekday.mon", "weekday.tue", "weekday.wed",
	"weekday.thu", "weekday.fri", "weekday.sat"}

var monthIDs = [...]string{"month.jan", "month.feb", "month.mar", "month.apr", "month.may",
	"month.jun", "month.jul", "month.aug", "month.sep", "month.oct", "month.nov", "month.dec"}

// Weekday is the day's name in the language: "Monday", "Montag", "lunes", "lundi".
func (tr *Tr) Weekday(w time.Weekday) string { return tr.T(weekdayIDs[w%7]) }

// Date is a day of the year, short, as the language writes it: "3 Dec", "3. Dez.", "3 dic",
// "3 déc.".
func (tr *Tr) Date(t time.Time) string {
	return tr.T("date.day_month", "Day", t.Day(), "Month", tr.T(monthIDs[t.Month()-1]))
}

// Month is the month's short name in the language: "Dec", "Dez.", "dic", "déc.".
func (tr *Tr) Month(m time.Month) string { return tr.T(monthIDs[(m+11)%12]) }
