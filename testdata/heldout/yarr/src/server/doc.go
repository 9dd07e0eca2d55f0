// Package server reproduces src/server of nkanaev/yarr: server.go and
// forms.go verbatim (import paths rewritten), routes.go trimmed (see there).
package server
