//go:build unix

package safefile

import (
	"os"
	"syscall"
)

// openNonblock opens path read-only with O_NONBLOCK, so opening a FIFO with no writer returns
// at once instead of waiting; regular files ignore the flag.
func openNonblock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
