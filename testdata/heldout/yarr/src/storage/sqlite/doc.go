// Package sqlite reproduces src/storage/sqlite of nkanaev/yarr at commit
// d1f33e219857a549ab02057f657a051bd8ce4d57. The files are copied verbatim
// (import paths rewritten; github.com/mattn/go-sqlite3 replaced by the
// stand-in example.com/heldout/yarr/pkg/sqlite3). The only edits are the
// site markers: where a statement starts with a raw string on the marked
// line, the backquote was moved to the next line so that the marker is a Go
// comment, which shifts the following lines of that file by one against
// upstream. The schema is migration.go (m01..m15), as upstream.
package sqlite
