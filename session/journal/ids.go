package journal

import (
	"hash/maphash"
	"time"
)

// idKey is an entry's id hashed to 64 bits: 8 bytes, however long the id. Two different ids of
// a million-session log share a key with a probability of about 3·10⁻⁸; the hash is seeded at
// random for each read, so even then the two are told apart on the next read.
type idKey uint64

// idHasher hashes ids to idKeys; its seed is random, so keys are comparable only within one
// hasher (one read of a log).
type idHasher struct{ seed maphash.Seed }

func newIDHasher() idHasher { return idHasher{maphash.MakeSeed()} }

func (h idHasher) key(id string) idKey { return idKey(maphash.String(h.seed, id)) }

// idSet is the set of ids a forward reader has seen of the entries that may be copies (see
// forEach): about 40 bytes an id, against 90 for the ids themselves (docs/performance.md).
type idSet struct {
	hash idHasher
	keys map[idKey]struct{}
}

func newIDSet() *idSet { return &idSet{hash: newIDHasher(), keys: map[idKey]struct{}{}} }

// add adds id and reports whether it was new.
func (s *idSet) add(id string) bool {
	k := s.hash.key(id)
	if _, ok := s.keys[k]; ok {
		return false
	}
	s.keys[k] = struct{}{}
	return true
}

// has reports whether id is in the set.
func (s *idSet) has(id string) bool {
	if len(s.keys) == 0 {
		return false
	}
	_, ok := s.keys[s.hash.key(id)]
	return ok
}

// recentIDs are the ids Newest handed out lately, with their started times: the copies of an
// entry start when it does, so they come out together, and an id is forgotten once the entries
// handed out started more than a day (the slack of the log's order) before it.
type recentIDs struct {
	hash  idHasher
	at    map[idKey]time.Time
	floor time.Time // the started time at the last sweep
}

// seen reports whether e's id was handed out lately, and remembers it.
func (r *recentIDs) seen(e Entry) bool {
	if r.at == nil {
		r.hash, r.at, r.floor = newIDHasher(), map[idKey]time.Time{}, e.Started
	}
	k := r.hash.key(e.ID)
	if _, ok := r.at[k]; ok {
		return true
	}
	r.at[k] = e.Started
	if e.Started.Before(r.floor.Add(-orderSlack)) {
		forget := e.Started.Add(orderSlack)
		for k, t := range r.at {
			if t.After(forget) {
				delete(r.at, k)
			}
		}
		r.floor = e.Started
	}
	return false
}
