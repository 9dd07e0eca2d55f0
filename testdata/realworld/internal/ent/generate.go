// Package ent is a client generated from schemas copied (fields and
// indexes only) from the ent projects of the corpus.
package ent

//go:generate go run -mod=mod entgo.io/ent/cmd/ent generate --feature sql/upsert ./schema
