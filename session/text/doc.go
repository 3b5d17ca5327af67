// Package text is limber's one toolkit for the words and numbers every front end shows: how a
// duration is said ("5 min 20 s"), plurals, clocks and countdowns, the side and breathing words,
// and plain-text wrapping and cutting by display width. The coach, plain mode, the command line
// and the voice all use it, so "LEFT", "breathe in" or "1 min 30 s" are written in one place.
//
// Nothing here knows about terminals or styles: functions take and return plain text, and a
// screen styles what it gets.
package text
