package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progressLine shows, on a terminal, how far a long run is: after the
// first second, "analyzed N/M packages" on one line that is rewritten in
// place and cleared at the end. Short runs print nothing.
type progressLine struct {
	w       io.Writer
	now     func() time.Time
	start   time.Time
	printed bool
}

// progressFor returns the progress line for stderr, or nil when stderr is
// not a terminal: a pipe or a file gets nothing extra.
func progressFor(stderr io.Writer) *progressLine {
	if file, ok := stderr.(*os.File); ok && term.IsTerminal(int(file.Fd())) {
		return newProgressLine(stderr, time.Now)
	}
	return nil
}

func newProgressLine(w io.Writer, now func() time.Time) *progressLine {
	return &progressLine{w: w, now: now, start: now()}
}

func (p *progressLine) update(done, total int) {
	if p.now().Sub(p.start) < time.Second {
		return
	}
	fmt.Fprintf(p.w, "\rupsertfix: analyzed %d/%d packages\033[K", done, total)
	p.printed = true
}

func (p *progressLine) done() {
	if p.printed {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
