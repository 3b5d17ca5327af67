// Package tui will hold limber's Bubble Tea v2 models: the root router and its screens (home,
// safety check, preview, run, pain, summary, history). It is built by the issue "The coach in
// the terminal"; until then `limber` prints the routine list and `limber run` uses plain mode.
package tui
