// Package detect finds check-then-act get-or-create sequences: a lookup of
// one row, a test for "not found", then a create of the same model, which
// two concurrent callers can both run to the end.
//
// # Analyzer upsertfix
//
// upsertfix: report get-or-create sequences that race
//
// The Analyzer walks every function body, at any block depth, and follows
// each lookup through the conditions that test its result. It models the
// possible outcomes of the lookup (found, not found, failed) at each point;
// a create of the same model reached only when the row was not found (and
// perhaps when the query failed) is a finding. The shapes this covers:
//
//   - find; if notFound { create }                 (guard)
//   - if-else chains and tagless switches whose not-found arm creates
//   - find; if found { return }; create            (early return)
//   - find; if err != nil { create }               (any error taken as not found)
//   - find; if found { return errExists }; create  (insert if absent)
//   - GORM's FirstOrCreate, and FirstOrInit followed by Save or Create
//
// ORM vocabulary (what is a lookup, a create, a not-found test, a unique
// key) comes from one adapter per ORM (package internal/orm). A finding is
// fixable when the looked-up columns are exactly one unique index of the
// model and the create can be made atomic; otherwise it says why not.
//
// A comment //upsertfix:ignore <reason> on the line above the lookup, or in
// the enclosing function's doc comment, silences a site; without a reason
// it is itself reported.
//
// # Where things are
//
// The matcher (a lookup, a not-found test, a create):
//   - detect.go: Find, the order of the passes, Finding and Site.
//   - match.go: the matcher; which statements bind a lookup and where its
//     result goes.
//   - walk.go: the walker, outcome by outcome through the statements
//     after a lookup; values.go, conds.go, errleaves.go, choice.go: the
//     conditions and lookups it reads besides the adapters'.
//   - site.go: what a reached create records, and when it is no race of
//     that lookup.
//   - preload.go: rows loaded into a map, then the missing keys created
//     (reported only).
//
// The summaries and facts (repositories at any depth):
//   - facts.go: every fact type.
//   - summary.go, compose.go, anymodel.go, generic_layer.go, scopes.go,
//     callback.go (a query handed over as a function), target.go (a
//     helper returning a target and the existing row): the
//     summarizers; errflow.go: how a function hands on its lookup's
//     error; via.go: a call of a summarized function as a lookup or a
//     create; ifaces.go: interfaces by their implementations;
//     crosslayer.go: what a fix across layers needs of them.
//
// The effect analysis (what a retry would run again): effects.go and
// effectmodel.go, with its own facts; locks.go, skiptx.go, reread.go.
//
// The gates (fixable or not, and the message): gate.go, retry.go,
// txcallback.go, conflicttest.go, ignore.go.
package detect
