package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestCLI runs one txtar archive per behaviour in testdata/*.txtar. The
// comment holds a description and the lines
//
//	args: <flags and patterns>
//	exit: <code>
//	env: K=V ...            (optional)
//
// Files other than stdout, stderr and want/* form the module the command
// runs in (as its working directory). stdout must match exactly; each
// line of stderr must occur in the command's stderr; want/<file> is the
// expected content of <file> afterwards. With -update, stdout is rewritten.
func TestCLI(t *testing.T) {
	archives, _ := filepath.Glob("testdata/*.txtar")
	for i, a := range archives {
		archives[i], _ = filepath.Abs(a) // the subtests change directory
	}
	if len(archives) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	gosum, err := os.ReadFile(filepath.Join(gormModule, "go.sum")) // read before any t.Chdir
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range archives {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var args []string
			wantExit := -1
			for _, line := range strings.Split(string(ar.Comment), "\n") {
				switch k, v, _ := strings.Cut(line, ": "); k {
				case "args":
					args = strings.Fields(v)
				case "exit":
					wantExit, _ = strconv.Atoi(v)
				case "env":
					for _, kv := range strings.Fields(v) {
						k, v, _ := strings.Cut(kv, "=")
						t.Setenv(k, v)
					}
				}
			}
			if len(args) > 0 && args[0] != "-h" && args[0] != "-V" && args[0] != "-explain" && testing.Short() {
				t.Skip("runs the go command")
			}
			dir := t.TempDir()
			sections := map[string][]byte{}
			hasMod, hasSum := false, false
			for _, f := range ar.Files {
				switch {
				case f.Name == "stdout" || f.Name == "stderr" || strings.HasPrefix(f.Name, "want/"):
					sections[f.Name] = f.Data
					continue
				case f.Name == "go.mod":
					hasMod = true
				case f.Name == "go.sum":
					hasSum = true
				}
				p := filepath.Join(dir, f.Name)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, f.Data, 0o640); err != nil {
					t.Fatal(err)
				}
			}
			if hasMod && !hasSum {
				// Archives require gorm.io/gorm only; add its dependencies
				// and sums from the golden module.
				mod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
				if bytes.Contains(mod, []byte("gorm.io/gorm")) {
					mod = append(mod, "require (\n\tgithub.com/jinzhu/inflection v1.0.0 // indirect\n\tgithub.com/jinzhu/now v1.1.5 // indirect\n\tgolang.org/x/text v0.20.0 // indirect\n)\n"...)
					os.WriteFile(filepath.Join(dir, "go.mod"), mod, 0o644)
				}
				os.WriteFile(filepath.Join(dir, "go.sum"), gosum, 0o644)
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			code := Run(args, &stdout, &stderr)
			if code != wantExit {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, wantExit, stdout.String(), stderr.String())
			}
			if want, ok := sections["stdout"]; ok && stdout.String() != string(want) {
				if *update {
					for i := range ar.Files {
						if ar.Files[i].Name == "stdout" {
							ar.Files[i].Data = stdout.Bytes()
						}
					}
					if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
						t.Fatal(err)
					}
				} else {
					t.Errorf("stdout:\n%s\nwant:\n%s", stdout.String(), want)
				}
			}
			for _, line := range strings.Split(string(sections["stderr"]), "\n") {
				if line != "" && !strings.Contains(stderr.String(), line) {
					t.Errorf("stderr lacks %q:\n%s", line, stderr.String())
				}
			}
			for name, want := range sections {
				file, ok := strings.CutPrefix(name, "want/")
				if !ok {
					continue
				}
				got, err := os.ReadFile(filepath.Join(dir, file))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s after the run:\n%s\nwant:\n%s", file, got, want)
				}
				if st, _ := os.Stat(filepath.Join(dir, file)); st.Mode().Perm() != 0o640 {
					t.Errorf("%s: mode %v, want the original 0640", file, st.Mode().Perm())
				}
				left, _ := filepath.Glob(filepath.Join(dir, ".*upsertfix-*"))
				if len(left) > 0 {
					t.Errorf("temporary files left behind: %v", left)
				}
			}
		})
	}
}
