package main

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
)

const viaSvc = `package svc

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string ` + "`gorm:\"uniqueIndex\"`" + `
}

type Repo struct{ db *gorm.DB }

func (r *Repo) ByEmail(email string) (*Account, error) {
	var a Account
	err := r.db.Where("email = ?", email).First(&a).Error
	return &a, err
}

func (r *Repo) Insert(a *Account) error {
	return r.db.Create(a).Error
}

func Ensure(r *Repo, email string) (*Account, error) {
	a, err := r.ByEmail(email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = &Account{Email: email}
		err = r.Insert(a)
	}
	return a, err
}
`

// TestJSONVia: -json names the repository methods a finding's lookup and
// create go through, where they are declared.
func TestJSONVia(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	dir := t.TempDir()
	module(t, dir, "example.com/via", viaSvc)
	out, stderr, code := run(t, "-C", dir, "-json", "./...")
	if code != 1 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var fs []jsonFinding
	if err := json.Unmarshal([]byte(out), &fs); err != nil || len(fs) != 1 {
		t.Fatalf("want one finding (%v):\n%s", err, out)
	}
	file := filepath.ToSlash(filepath.Join("svc", "svc.go"))
	want := []jsonVia{
		{Role: "lookup", File: file, Line: 16, Function: "Repo.ByEmail"},
		{Role: "create", File: file, Line: 22, Function: "Repo.Insert"},
	}
	if f := fs[0]; f.Function != "Ensure" || !reflect.DeepEqual(f.Via, want) {
		t.Errorf("function %q, via %+v; want Ensure, %+v", f.Function, f.Via, want)
	}
}
