package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileRefusesChangedFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f.go")
	os.WriteFile(name, []byte("changed by someone else\n"), 0o600)
	err := writeFile(name, []byte("what upsertfix read\n"), []byte("fixed\n"))
	if err == nil || !strings.Contains(err.Error(), "changed while upsertfix ran") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(name); string(b) != "changed by someone else\n" {
		t.Errorf("file overwritten: %q", b)
	}
}

func TestWriteFileKeepsModeAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.go")
	os.WriteFile(name, []byte("old\n"), 0o600)
	if err := writeFile(name, []byte("old\n"), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(name)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	if b, _ := os.ReadFile(name); string(b) != "new\n" {
		t.Errorf("content %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("left behind: %v", ents)
	}
}
