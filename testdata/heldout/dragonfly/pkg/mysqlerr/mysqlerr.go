// Package mysqlerr is a stand-in for github.com/VividCortex/mysqlerr (v1.0.0 in
// Dragonfly2's go.mod): only the constant used by manager/service/user.go.
package mysqlerr

// ER_DUP_ENTRY is MySQL error 1062, "Duplicate entry '%s' for key %d".
const ER_DUP_ENTRY = 1062
