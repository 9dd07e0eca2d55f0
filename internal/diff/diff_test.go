package diff

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	a := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	b := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n"
	got := Unified("x/y.go", []byte(a), []byte(b))
	want := `diff --git a/x/y.go b/x/y.go
--- a/x/y.go
+++ b/x/y.go
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -9,5 +9,6 @@
 i
 j
 k
-l
+L
 m
+n
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if Unified("f", []byte(a), []byte(a)) != "" {
		t.Error("equal inputs gave a diff")
	}
}

func TestUnifiedMergesCloseHunks(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n"
	b := "1\nX\n3\n4\n5\n6\nY\n8\n"
	got := Unified("f", []byte(a), []byte(b))
	if strings.Count(got, "@@ -") != 1 {
		t.Errorf("want one hunk for changes 4 lines apart:\n%s", got)
	}
}

func TestNoNewlineAtEOF(t *testing.T) {
	got := Unified("f", []byte("a\nb"), []byte("a\nc"))
	if !strings.Contains(got, "-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n") {
		t.Errorf("got:\n%s", got)
	}
}

// TestGitApply checks that git apply accepts the output and reproduces b.
func TestGitApply(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	cases := [][2]string{
		{"package p\n\nfunc f() {}\n", "package p\n\nimport \"x\"\n\nfunc f() { x.Y() }\n"},
		{"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "0\n1\n2\n3\n5\n6\n7\n8\n9\n10\n11\n12\n13\n"},
		{"a\n", ""},
		{"", "a\nb\n"},
	}
	for i, c := range cases {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "f.go"), []byte(c[0]), 0o644)
		patch := filepath.Join(t.TempDir(), "p.diff")
		os.WriteFile(patch, []byte(Unified("f.go", []byte(c[0]), []byte(c[1]))), 0o644)
		cmd := exec.Command("git", "apply", patch)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("case %d: git apply: %v\n%s", i, err, out)
			continue
		}
		got, _ := os.ReadFile(filepath.Join(dir, "f.go"))
		if string(got) != c[1] {
			t.Errorf("case %d: applied %q, want %q", i, got, c[1])
		}
	}
}

func TestEdits(t *testing.T) {
	for _, c := range [][2]string{
		{"a\nb\nc\n", "a\nx\ny\nc\n"},
		{"a\nb\nc\n", "b\n"},
		{"", "new\n"},
		{"p\n\nq\nr\n", "p\nz\n\nq\n"},
	} {
		a, b := c[0], c[1]
		out, last := "", 0
		for _, e := range Edits([]byte(a), []byte(b)) {
			out += a[last:e.Offset] + e.New
			last = e.End
		}
		out += a[last:]
		if out != b {
			t.Errorf("Edits(%q, %q) applied give %q", a, b, out)
		}
	}
}

func TestTransplant(t *testing.T) {
	orig := "package p\n\nfunc  f()  {\n\tx :=  1\n\t_ = x\n}\n\nvar   y = 2\n"
	formatted := "package p\n\nfunc f() {\n\tx := 1\n\t_ = x\n}\n\nvar y = 2\n"
	fixed := "package p\n\nfunc f() {\n\tx := 1\n\t_ = x\n\tx++\n}\n\nvar y = 2\n"
	got, ok := Transplant([]byte(orig), []byte(formatted), []byte(fixed))
	want := "package p\n\nfunc  f()  {\n\tx :=  1\n\t_ = x\n\tx++\n}\n\nvar   y = 2\n"
	if !ok || string(got) != want {
		t.Errorf("Transplant = %q, %v; want %q", got, ok, want)
	}
	if _, ok := Transplant([]byte("a\n\n\n\nb\n"), []byte("a\n\nb\n"), []byte("a\n\nc\n")); ok {
		t.Error("Transplant accepted a formatting that changed the line count")
	}
}
