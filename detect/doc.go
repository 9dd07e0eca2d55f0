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
package detect
