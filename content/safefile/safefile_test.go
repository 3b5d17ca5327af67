package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileRegular(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.toml")
	if err := os.WriteFile(p, []byte("x = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data, err := ReadFile(p, 100)
	if err != nil || string(data) != "x = 1\n" {
		t.Fatalf("ReadFile = %q, %v", data, err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing"), 100); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v, want fs.ErrNotExist", err)
	}
}

func TestReadFileTooBig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.toml")
	if err := os.WriteFile(p, make([]byte, 2048), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(p, 1024)
	var tb *TooBigError
	if !errors.As(err, &tb) || tb.Size != 2048 || !strings.Contains(err.Error(), "2 KiB") {
		t.Fatalf("err = %v, want a TooBigError of 2 KiB", err)
	}
}
