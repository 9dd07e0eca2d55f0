package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
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

// The progress line is for a terminal only: a pipe, a file or a buffer
// gets nothing extra.
func TestProgressOnlyOnATerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if progressFor(w) != nil || progressFor(&bytes.Buffer{}) != nil {
		t.Error("a pipe or a buffer gets a progress line")
	}
	if runtime.GOOS != "linux" {
		return // the pseudo-terminal below is Linux's
	}
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Fatalf("open a pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := unix.IoctlSetPointerInt(int(ptmx.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ptmx.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	pts, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer pts.Close()
	if progressFor(pts) == nil {
		t.Error("a terminal gets no progress line")
	}
}
