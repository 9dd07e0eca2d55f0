// Package postgres reproduces src/storage/postgres of nkanaev/yarr at commit
// d1f33e219857a549ab02057f657a051bd8ce4d57. The files are copied verbatim
// (import paths rewritten; github.com/lib/pq is the real module). The only
// edits are the site markers: where a statement starts with a raw string on
// the marked line, the backquote was moved to the next line so that the
// marker is a Go comment, which shifts the following lines of that file by
// one against upstream. The schema is migration.go (m01_initial), as upstream.
package postgres
