package journal

import (
	"crypto/rand"
	"io"
	"time"
)

// crockford is the ULID alphabet: Crockford's base32, no I, L, O or U.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewID returns a new 26-character, ULID-style id for a session that started at t: 48 bits of
// Unix milliseconds followed by 80 bits from crypto/rand, in Crockford base32. Ids sort by time
// (to the millisecond) and two of them collide only with negligible probability.
func NewID(t time.Time) string { return newID(t, rand.Reader) }

func newID(t time.Time, rnd io.Reader) string {
	var b [16]byte
	ms := uint64(t.UnixMilli())
	for i := 5; i >= 0; i-- {
		b[i] = byte(ms)
		ms >>= 8
	}
	if _, err := io.ReadFull(rnd, b[6:]); err != nil {
		// crypto/rand.Reader never fails (the runtime aborts instead); a test reader might.
		panic("journal: reading random bytes: " + err.Error())
	}
	return encode(b)
}

// encode writes the 128 bits of b as 26 base32 digits, most significant first (the first digit
// carries only 3 bits).
func encode(b [16]byte) string {
	var out [26]byte
	var hi, lo uint64
	for i := 0; i < 8; i++ {
		hi = hi<<8 | uint64(b[i])
		lo = lo<<8 | uint64(b[i+8])
	}
	for i := 25; i >= 0; i-- {
		out[i] = crockford[lo&31]
		lo = lo>>5 | hi<<59
		hi >>= 5
	}
	return string(out[:])
}
