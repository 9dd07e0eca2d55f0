// Package sqlschema reads the unique keys a project declares in SQL: its
// .sql files (migrations, a schema.sql) and the CREATE and ALTER
// statements in the string literals of its Go files.
package sqlschema

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// Projects that keep their schema in SQL (golang-migrate, goose, atlas, a
// schema.sql, or CREATE UNIQUE INDEX run through db.Exec) declare unique
// keys there rather than in struct tags. Near reads them near a model or a
// query: .sql files (goose's Down sections and *.down.sql left out)
// and the SQL in the string literals of .go files. It reads CREATE UNIQUE INDEX (not partial, not on expressions),
// UNIQUE and PRIMARY KEY in CREATE TABLE (on a column or as a table
// constraint), ALTER TABLE ... ADD [CONSTRAINT c] UNIQUE (...), and
// ALTER TABLE ... ADD [COLUMN] c TYPE ... UNIQUE.

// Schema is what the SQL near one directory declares.
type Schema struct {
	Files int                   // .sql files read
	Keys  map[string][][]string // table -> unique column sets
	Where map[string]string     // table -> the file that declared its keys
	// Partial holds, per table, the unique indexes with a WHERE
	// condition: only rows that meet it are unique on the columns.
	Partial map[string][]PartialKey
	// Defaults holds, per table, the constant DEFAULT of its columns
	// ('text' quoted, keywords lower-case: true, false, null, numbers).
	Defaults map[string]map[string]string
	// Dir is the directory whose level held the SQL read (the
	// model's own when none did).
	Dir string
}

// PartialKey is a partial unique index: Columns are unique among the
// rows that meet Where, the index's condition as written.
type PartialKey struct {
	Columns []string
	Where   string
}

var schemas sync.Map // module dir -> *Schema

var (
	reUniqueIndex = regexp.MustCompile(`(?is)create\s+unique\s+index\s+(?:concurrently\s+)?(?:if\s+not\s+exists\s+)?(?:[\w"` + "`" + `\[\].]+\s+)?on\s+(?:only\s+)?([\w"` + "`" + `\[\].]+)\s*(?:using\s+\w+\s*)?\(([^;]*?)\)\s*(where\b([^;]*))?`)
	reCreateTable = regexp.MustCompile(`(?is)create\s+table\s+(?:if\s+not\s+exists\s+)?([\w"` + "`" + `\[\].]+)\s*\(`)
	reAlterUnique = regexp.MustCompile(`(?is)alter\s+table\s+(?:only\s+)?(?:if\s+exists\s+)?([\w"` + "`" + `\[\].]+)\s+add\s+(?:constraint\s+[\w"` + "`" + `\[\]]+\s+)?(?:unique|primary\s+key)\s*(?:index\s+|key\s+)?(?:[\w"` + "`" + `]+\s*)?\(([^)]*)\)`)
	reAlterColumn = regexp.MustCompile(`(?is)alter\s+table\s+(?:only\s+)?(?:if\s+exists\s+)?([\w"` + "`" + `\[\].]+)\s+add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?([\w"` + "`" + `\[\]]+)\s+([^;,()]*(?:\([^)]*\)[^;,()]*)?)\b(unique|primary\s+key)\b`)
	reTableKey    = regexp.MustCompile(`(?is)^(?:constraint\s+[\w"` + "`" + `\[\]]+\s+)?(?:unique|primary\s+key)\s*(?:index\s+|key\s+)?(?:[\w"` + "`" + `]+\s*)?\(([^)]*)\)`)
	reColumnKey   = regexp.MustCompile(`(?is)^([\w"` + "`" + `\[\]]+)\s+.*\b(unique|primary\s+key)\b`)
	reColumnDef   = regexp.MustCompile(`(?is)^([\w"` + "`" + `\[\]]+)\s+.*?\bdefault\s+\(?('(?:[^']|'')*'|[\w.+-]+)\)?(?:\s|$|::)`)
	reGooseDown   = regexp.MustCompile(`(?im)^--\s*\+goose\s+down.*$`)
	reGoConcat    = regexp.MustCompile(`"\s*\+\s*"`)
	reGoString    = regexp.MustCompile("(?s)`[^`]*`|\"(?:[^\"\\\\\n]|\\\\.)*\"")
)

// KeysNear returns the unique column sets the SQL near file (a model's
// declaration, absolute) declares on table, the file that declared them,
// and how many .sql files were read.
func KeysNear(file, table string) (keys [][]string, where string, files int) {
	if file == "" || !filepath.IsAbs(file) {
		return nil, "", 0
	}
	root := ModuleDir(file)
	if root == "" {
		return nil, "", 0
	}
	s := Near(filepath.Dir(file), root)
	if table == "" {
		return nil, "", s.Files
	}
	return s.Keys[table], s.Where[table], s.Files
}

// ModuleDir returns the directory of the go.mod above file.
func ModuleDir(file string) string {
	for d := filepath.Dir(file); ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// schemaDirs are the directories that usually hold a project's SQL.
var schemaDirs = []string{"migrations", "migration", "migrate", "db", "database", "sql", "schema", "schemas", "persistence"}

// Near reads (once) the SQL that governs a model declared in dir: the
// model package's own Go strings, then, from dir up to the module root,
// the first level that has SQL of its own: .sql files in it, under a
// migrations, db, sql or schema directory beside it, or under any
// directory beside it that holds no Go code, only SQL and Go that embeds
// it (a project's docker/initsql/ or deploy/): a directory of Go code is
// another package's, and in a module of several services another
// service's. A module that holds several projects, or several
// databases, thus reads the schema nearest the model, not every table of
// the same name.
func Near(dir, root string) *Schema {
	key := dir + "\x00" + root
	if s, ok := schemas.Load(key); ok {
		return s.(*Schema)
	}
	s := &Schema{Keys: map[string][][]string{}, Where: map[string]string{}, Partial: map[string][]PartialKey{}, Defaults: map[string]map[string]string{}, Dir: dir}
	s.readDir(dir, false)
	// A level whose .sql files declare no key (sqlc's queries beside the
	// generated code) does not stop the walk: the schema is further up.
	for level := dir; ; level = filepath.Dir(level) {
		before, keys := s.Files, len(s.Keys)
		s.readDir(level, true)
		read := map[string]bool{}
		for _, name := range schemaDirs {
			if fi, err := os.Stat(filepath.Join(level, name)); err == nil && fi.IsDir() {
				s.readTree(filepath.Join(level, name))
				read[filepath.Join(level, name)] = true
			}
		}
		for _, f := range sqlUnder(level) {
			if !underAny(f, read) {
				s.readFile(f, true)
			}
		}
		found := s.Files > before && len(s.Keys) > keys
		if found {
			s.Dir = level
		}
		if found || level == root || !strings.HasPrefix(level, root) || filepath.Dir(level) == level {
			break
		}
	}
	actual, _ := schemas.LoadOrStore(key, s)
	return actual.(*Schema)
}

// tree is what a directory and those below it hold: their .sql files,
// unless one of them holds Go code (a .go file that declares a
// function: a package's code; one that only embeds the SQL beside it,
// //go:embed schema.sql, is not code).
type tree struct {
	sql  []string
	code bool
}

var trees sync.Map // dir -> *tree

// maxTreeDirs bounds the directories one tree reads, so that a huge
// repository costs a bounded walk.
const maxTreeDirs = 4000

// treeOf returns (once) what dir and the directories below it hold. It
// stops at the first Go code it meets.
func treeOf(dir string) *tree {
	if t, ok := trees.Load(dir); ok {
		return t.(*tree)
	}
	t := &tree{}
	n := 0
	var walk func(d string)
	walk = func(d string) {
		if n++; n > maxTreeDirs {
			t.code = true // too big to be a directory of SQL
		}
		if t.code {
			return
		}
		entries, err := os.ReadDir(d)
		if err != nil {
			return
		}
		for _, e := range entries {
			name := e.Name()
			switch {
			case e.IsDir():
				if !skipDir(name) {
					walk(filepath.Join(d, name))
				}
			case strings.HasSuffix(name, ".go"):
				if b, err := os.ReadFile(filepath.Join(d, name)); err != nil || strings.Contains(string(b), "\nfunc ") {
					t.code = true
				}
			case strings.HasSuffix(name, ".sql") && !strings.HasSuffix(name, ".down.sql"):
				t.sql = append(t.sql, filepath.Join(d, name))
			}
			if t.code {
				return
			}
		}
	}
	walk(dir)
	actual, _ := trees.LoadOrStore(dir, t)
	return actual.(*tree)
}

// skipDir reports a directory no schema is read from: dependencies,
// version control, test data and hidden directories.
func skipDir(name string) bool {
	return name == "vendor" || name == "node_modules" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// sqlUnder returns the .sql files under those subdirectories of level
// that hold SQL and no Go code (deploy/, docker/initsql/); level's own
// .sql files readDir reads.
func sqlUnder(level string) []string {
	entries, err := os.ReadDir(level)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || skipDir(e.Name()) {
			continue
		}
		if t := treeOf(filepath.Join(level, e.Name())); !t.code {
			out = append(out, t.sql...)
		}
	}
	return out
}

// underAny reports whether file lies under one of dirs.
func underAny(file string, dirs map[string]bool) bool {
	for d := range dirs {
		if strings.HasPrefix(file, d+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// readDir reads the .sql files of dir (sqlOnly) or the SQL strings of its
// .go files.
func (s *Schema) readDir(dir string, sqlOnly bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() {
			s.readFile(filepath.Join(dir, e.Name()), sqlOnly)
		}
	}
}

// readTree reads every .sql file and Go SQL string under dir.
func (s *Schema) readTree(dir string) {
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if d.Name() == "vendor" || d.Name() == "node_modules" || d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		s.readFile(path, false)
		return nil
	})
}

// readFile reads one .sql file, or the SQL strings of one .go file.
func (s *Schema) readFile(path string, sqlOnly bool) {
	name := filepath.Base(path)
	switch {
	case strings.HasSuffix(name, ".sql") && !strings.HasSuffix(name, ".down.sql"):
		b, err := os.ReadFile(path)
		if err != nil {
			return
		}
		text := string(b)
		if loc := reGooseDown.FindStringIndex(text); loc != nil {
			text = text[:loc[0]]
		}
		s.Files++
		s.Read(text, path)
	case strings.HasSuffix(name, ".go") && !sqlOnly:
		b, err := os.ReadFile(path)
		if err != nil {
			return
		}
		if lower := strings.ToLower(string(b)); !strings.Contains(lower, "unique") && !strings.Contains(lower, "primary") {
			return // a file with no key declares nothing this reads
		}
		// "CREATE TABLE `t` (" +
		//	"`id` INT, ...)": one statement in several literals
		text := reGoConcat.ReplaceAllString(string(b), "")
		for _, lit := range reGoString.FindAllString(text, -1) {
			if l := strings.ToLower(lit); strings.Contains(l, "create") || strings.Contains(l, "alter") {
				s.Read(strings.Trim(lit, "`\""), path)
			}
		}
	}
}

// reTemplate is a table name left for the code to fill in ("{{users}}",
// replaced at start-up with the configured table name, sftpgo's
// schema strings).
var reTemplate = regexp.MustCompile(`\{\{(\w+)\}\}`)

// Read adds the unique keys text declares. A table name written as a
// template placeholder ("{{users}}") is read as the name it holds.
func (s *Schema) Read(text, file string) {
	text = reTemplate.ReplaceAllString(text, "$1")
	declared := func(table string) {
		if s.Where[table] == "" {
			s.Where[table] = filepath.Base(file)
		}
	}
	add := func(table string, cols []string) {
		if table == "" || len(cols) == 0 {
			return
		}
		s.Keys[table] = append(s.Keys[table], cols)
		declared(table)
	}
	for _, m := range reUniqueIndex.FindAllStringSubmatch(text, -1) {
		if m[3] == "" {
			add(Ident(m[1]), columnList(m[2]))
		} else if cols := columnList(m[2]); len(cols) > 0 && s.Partial != nil {
			// not a conflict target, but unique among the rows a
			// lookup pinning its condition can find
			table := Ident(m[1])
			s.Partial[table] = append(s.Partial[table], PartialKey{Columns: cols, Where: strings.TrimSpace(m[4])})
			declared(table)
		}
	}
	for _, m := range reAlterUnique.FindAllStringSubmatch(text, -1) {
		add(Ident(m[1]), columnList(m[2]))
	}
	// ALTER TABLE users ADD COLUMN apple_id VARCHAR(128) UNIQUE
	for _, m := range reAlterColumn.FindAllStringSubmatch(text, -1) {
		if col := strings.ToLower(Ident(m[2])); col != "constraint" && col != "unique" && col != "primary" {
			add(Ident(m[1]), []string{Ident(m[2])})
		}
	}
	for _, loc := range reCreateTable.FindAllStringSubmatchIndex(text, -1) {
		table := Ident(text[loc[2]:loc[3]])
		body, ok := Balanced(text[loc[1]:])
		if !ok {
			continue
		}
		for _, def := range SplitTop(body) {
			def = strings.TrimSpace(def)
			if m := reTableKey.FindStringSubmatch(def); m != nil {
				add(table, columnList(m[1]))
			} else if m := reColumnKey.FindStringSubmatch(def); m != nil && !strings.HasPrefix(strings.ToLower(def), "constraint") {
				add(table, []string{Ident(m[1])})
			}
			if m := reColumnDef.FindStringSubmatch(def); m != nil && s.Defaults != nil {
				if s.Defaults[table] == nil {
					s.Defaults[table] = map[string]string{}
				}
				v := m[2]
				if !strings.HasPrefix(v, "'") {
					v = strings.ToLower(v)
				}
				s.Defaults[table][Ident(m[1])] = v
			}
		}
	}
}

// Ident unquotes an SQL identifier and drops its schema.
func Ident(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "."); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(strings.Trim(s, "\"`[]"))
}

// columnList reads (a, b DESC); nil when a part is an expression.
func columnList(s string) []string {
	var cols []string
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(strings.TrimSpace(part))
		if len(f) == 0 || strings.ContainsAny(f[0], "()") {
			return nil
		}
		cols = append(cols, Ident(f[0]))
	}
	return cols
}

// Balanced returns what precedes the parenthesis that closes an opened
// one.
func Balanced(s string) (string, bool) {
	depth := 1
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return s[:i], true
			}
		}
	}
	return "", false
}

// SplitTop splits on the commas that are not inside parentheses.
func SplitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

var named sync.Map // module root -> map[string]string

var reName = regexp.MustCompile(`(?m)^--\s*name:\s*(\S+)[^\n]*$`)

// Named returns the named queries of the .sql files under root (vendor,
// node_modules and testdata left out), as goyesql and sqlc write them:
// a "-- name: get-user" line, then the query, up to the next name.
func Named(root string) map[string]string {
	if m, ok := named.Load(root); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			switch d.Name() {
			case "vendor", "node_modules", ".git", "testdata":
				if path != root {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".sql") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		text := string(b)
		locs := reName.FindAllStringSubmatchIndex(text, -1)
		for i, loc := range locs {
			end := len(text)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			name := text[loc[2]:loc[3]]
			if _, dup := m[name]; dup {
				m[name] = "" // two queries of one name: neither is known
				continue
			}
			m[name] = strings.TrimSpace(text[loc[1]:end])
		}
		return nil
	})
	for k, v := range m {
		if v == "" {
			delete(m, k)
		}
	}
	actual, _ := named.LoadOrStore(root, m)
	return actual.(map[string]string)
}
