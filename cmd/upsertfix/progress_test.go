package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	clock := time.Unix(0, 0)
	var buf bytes.Buffer
	p := newProgressLine(&buf, func() time.Time { return clock })
	p.update(1, 10)
	clock = clock.Add(500 * time.Millisecond)
	p.update(2, 10)
	if buf.Len() != 0 {
		t.Fatalf("printed within the first second: %q", buf.String())
	}
	clock = clock.Add(time.Second)
	p.update(3, 10)
	if !strings.Contains(buf.String(), "\rupsertfix: analyzed 3/10 packages") {
		t.Fatalf("no progress after a second: %q", buf.String())
	}
	p.done()
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Errorf("the line is not cleared at the end: %q", buf.String())
	}

	// A short run prints nothing, not even the clearing.
	buf.Reset()
	q := newProgressLine(&buf, func() time.Time { return clock })
	q.update(1, 2)
	q.done()
	if buf.Len() != 0 {
		t.Errorf("a short run printed %q", buf.String())
	}
}
