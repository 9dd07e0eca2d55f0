// Package worker reproduces src/worker of nkanaev/yarr: client.go and
// worker.go verbatim (import paths rewritten), crawler.go trimmed (see there).
package worker
