//go:build !unix

package safefile

import "os"

// openNonblock opens path read-only; outside Unix there are no FIFOs to block on.
func openNonblock(path string) (*os.File, error) { return os.Open(path) }
