package race

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"
)

// The serial oracle, replayed deterministically. For two callers A and B
// on one key, upsertfix promises that the fixed code, run so that A's row
// commits between B's lookup and B's insert, gives what the original code
// gives when A runs to the end and then B runs: the same results to both
// callers, the same rows, the same side effects.
//
// TestReplay runs every shape twice on fresh keys:
//   - serial: A, then B;
//   - interleaved: B, with a hook (a GORM create callback, an ent
//     mutation hook) that runs all of A right before B's first insert.
//
// and compares the two. With E2E_EXPECT=after (the fixed code) every shape
// must agree; with E2E_EXPECT=before (the original) every shape must
// disagree, which shows that the replay does hit the race.

// interleaver runs one pending function at the next insert.
type interleaver struct {
	mu      sync.Mutex
	pending func()
	ran     bool
}

var interleave interleaver

// arm makes the next insert run f first.
func (i *interleaver) arm(f func()) {
	i.mu.Lock()
	i.pending, i.ran = f, false
	i.mu.Unlock()
}

// fired reports whether the armed function ran, and disarms.
func (i *interleaver) fired() bool {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.pending = nil
	return i.ran
}

// fire runs the pending function, once: A runs to the end, on its own
// connection, and commits, while B waits right before its insert.
func (i *interleaver) fire() {
	i.mu.Lock()
	f := i.pending
	i.pending = nil
	if f != nil {
		i.ran = true
	}
	i.mu.Unlock()
	if f != nil {
		f()
	}
}

// outcome is what one call returned, with ids made relative to A's.
type outcome struct {
	Err     string // "", "duplicate", or the message
	Created int
	ID      string // "none", "A's", "other"
}

type run struct {
	A, B  outcome
	Rows  int64
	State string
}

func errKind(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, gorm.ErrDuplicatedKey), strings.Contains(err.Error(), "23505"), strings.Contains(err.Error(), "UNIQUE constraint failed"):
		return "duplicate"
	}
	return err.Error()
}

func (s shape) replay(t *testing.T, key string, interleaved bool) run {
	ctx := context.Background()
	if s.setup != nil {
		s.setup(key)
	}
	type res struct {
		id      int64
		created int
		err     error
	}
	var a, b res
	callA := func() { a.id, a.created, a.err = s.call(ctx, key) }
	if interleaved {
		interleave.arm(callA)
		b.id, b.created, b.err = s.call(ctx, key)
		if !interleave.fired() {
			t.Errorf("%s: B never reached an insert, so A was not interleaved", s.name)
		}
	} else {
		callA()
		b.id, b.created, b.err = s.call(ctx, key)
	}
	rel := func(id int64) string {
		switch {
		case id == 0:
			return "none"
		case id == a.id:
			return "A's"
		}
		return "other"
	}
	rows, err := s.rows(key)
	if err != nil {
		t.Fatal(err)
	}
	r := run{A: outcome{errKind(a.err), a.created, rel(a.id)}, B: outcome{errKind(b.err), b.created, rel(b.id)}, Rows: rows}
	if s.state != nil {
		r.State = s.state(key)
	}
	return r
}

// ReplayResult is one shape's serial and interleaved runs.
type ReplayResult struct {
	Backend, Shape      string
	Serial, Interleaved run
	Same                bool
}

func TestReplay(t *testing.T) {
	sqliteTxLock, widen, notInTx = "deferred", 0, "sqlite mariadb"
	t.Cleanup(func() { sqliteTxLock, widen, notInTx = "immediate", 3*time.Millisecond, "mariadb" })
	expect := os.Getenv("E2E_EXPECT")
	var all []ReplayResult
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			db := open(t, backend)
			shapes := gormShapes(db)
			if backend != "mariadb" {
				shapes = append(shapes, entShapes(t, backend, db)...)
			}
			for _, s := range shapes {
				if strings.Contains(s.notReplayedOn, backend) {
					fmt.Printf("%-8s %-22s not replayed: %s\n", backend, s.name, s.why)
					continue
				}
				k := fmt.Sprintf("%s-replay-%d", s.name, time.Now().UnixNano())
				serial := s.replay(t, k+"-s", false)
				inter := s.replay(t, k+"-i", true)
				same := serial == inter
				all = append(all, ReplayResult{backend, s.name, serial, inter, same})
				fmt.Printf("%-8s %-22s same=%-5v serial=%+v interleaved=%+v\n", backend, s.name, same, serial, inter)
				switch {
				case expect == "after" && !same:
					t.Errorf("%s/%s: the fixed code under the race differs from the serial run:\nserial      %+v\ninterleaved %+v", backend, s.name, serial, inter)
				case expect == "before" && same && !s.replayOnly:
					t.Errorf("%s/%s: the original code under the race gives the serial result; the replay does not exercise the race", backend, s.name)
				}
			}
		})
	}
	if path := os.Getenv("E2E_REPLAY_RESULTS"); path != "" {
		b, _ := json.MarshalIndent(all, "", "  ")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
