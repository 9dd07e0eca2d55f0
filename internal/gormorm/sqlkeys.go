package gormorm

import (
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Projects that keep their schema in SQL (golang-migrate, goose, atlas, a
// schema.sql, or CREATE UNIQUE INDEX run through db.Exec) declare unique
// keys there rather than in struct tags. sqlKeys reads them near the model
// (schemaOf): .sql files (goose's Down sections and *.down.sql left out)
// and the SQL in the string literals of .go files. It reads CREATE UNIQUE INDEX (not partial, not on expressions),
// UNIQUE and PRIMARY KEY in CREATE TABLE (on a column or as a table
// constraint), and ALTER TABLE ... ADD [CONSTRAINT c] UNIQUE (...).

// sqlSchema is what the SQL of one module declares.
type sqlSchema struct {
	files int                   // .sql files read
	keys  map[string][][]string // table -> unique column sets
	where map[string]string     // table -> the file that declared its keys
}

var schemas sync.Map // module dir -> *sqlSchema

var (
	reUniqueIndex = regexp.MustCompile(`(?is)create\s+unique\s+index\s+(?:concurrently\s+)?(?:if\s+not\s+exists\s+)?(?:[\w"` + "`" + `\[\].]+\s+)?on\s+(?:only\s+)?([\w"` + "`" + `\[\].]+)\s*(?:using\s+\w+\s*)?\(([^;]*?)\)\s*(where\b)?`)
	reCreateTable = regexp.MustCompile(`(?is)create\s+table\s+(?:if\s+not\s+exists\s+)?([\w"` + "`" + `\[\].]+)\s*\(`)
	reAlterUnique = regexp.MustCompile(`(?is)alter\s+table\s+(?:only\s+)?(?:if\s+exists\s+)?([\w"` + "`" + `\[\].]+)\s+add\s+(?:constraint\s+[\w"` + "`" + `\[\]]+\s+)?(?:unique|primary\s+key)\s*(?:index\s+|key\s+)?(?:[\w"` + "`" + `]+\s*)?\(([^)]*)\)`)
	reTableKey    = regexp.MustCompile(`(?is)^(?:constraint\s+[\w"` + "`" + `\[\]]+\s+)?(?:unique|primary\s+key)\s*(?:index\s+|key\s+)?(?:[\w"` + "`" + `]+\s*)?\(([^)]*)\)`)
	reColumnKey   = regexp.MustCompile(`(?is)^([\w"` + "`" + `\[\]]+)\s+.*\b(unique|primary\s+key)\b`)
	reGooseDown   = regexp.MustCompile(`(?im)^--\s*\+goose\s+down.*$`)
	reGoString    = regexp.MustCompile("(?s)`[^`]*`|\"(?:[^\"\\\\\n]|\\\\.)*\"")
)

// moduleDir returns the directory of the go.mod above file.
func moduleDir(file string) string {
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
var schemaDirs = []string{"migrations", "migration", "migrate", "db", "database", "sql", "schema", "schemas"}

// schemaOf reads (once) the SQL that governs a model declared in dir: the
// model package's own Go strings, then, from dir up to the module root,
// the first level that has SQL of its own (.sql files in it, or under a
// migrations, db, sql or schema directory beside it). A module that
// holds several projects, or several databases, thus reads the schema
// nearest the model, not every table of the same name.
func schemaOf(dir, root string) *sqlSchema {
	key := dir + "\x00" + root
	if s, ok := schemas.Load(key); ok {
		return s.(*sqlSchema)
	}
	s := &sqlSchema{keys: map[string][][]string{}, where: map[string]string{}}
	s.readDir(dir, false)
	for level := dir; ; level = filepath.Dir(level) {
		before := s.files
		s.readDir(level, true)
		for _, name := range schemaDirs {
			if fi, err := os.Stat(filepath.Join(level, name)); err == nil && fi.IsDir() {
				s.readTree(filepath.Join(level, name))
			}
		}
		if s.files > before || level == root || !strings.HasPrefix(level, root) || filepath.Dir(level) == level {
			break
		}
	}
	actual, _ := schemas.LoadOrStore(key, s)
	return actual.(*sqlSchema)
}

// readDir reads the .sql files of dir (sqlOnly) or the SQL strings of its
// .go files.
func (s *sqlSchema) readDir(dir string, sqlOnly bool) {
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
func (s *sqlSchema) readTree(dir string) {
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
func (s *sqlSchema) readFile(path string, sqlOnly bool) {
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
		s.files++
		s.read(text, path)
	case strings.HasSuffix(name, ".go") && !sqlOnly:
		b, err := os.ReadFile(path)
		if err != nil || !strings.Contains(strings.ToLower(string(b)), "unique") {
			return
		}
		for _, lit := range reGoString.FindAllString(string(b), -1) {
			if l := strings.ToLower(lit); strings.Contains(l, "create") || strings.Contains(l, "alter") {
				s.read(strings.Trim(lit, "`\""), path)
			}
		}
	}
}

// read adds the unique keys text declares.
func (s *sqlSchema) read(text, file string) {
	add := func(table string, cols []string) {
		if table == "" || len(cols) == 0 {
			return
		}
		s.keys[table] = append(s.keys[table], cols)
		if s.where[table] == "" {
			s.where[table] = filepath.Base(file)
		}
	}
	for _, m := range reUniqueIndex.FindAllStringSubmatch(text, -1) {
		if m[3] == "" { // a partial index is not a conflict target
			add(ident(m[1]), columnList(m[2]))
		}
	}
	for _, m := range reAlterUnique.FindAllStringSubmatch(text, -1) {
		add(ident(m[1]), columnList(m[2]))
	}
	for _, loc := range reCreateTable.FindAllStringSubmatchIndex(text, -1) {
		table := ident(text[loc[2]:loc[3]])
		body, ok := balanced(text[loc[1]:])
		if !ok {
			continue
		}
		for _, def := range splitTop(body) {
			def = strings.TrimSpace(def)
			if m := reTableKey.FindStringSubmatch(def); m != nil {
				add(table, columnList(m[1]))
			} else if m := reColumnKey.FindStringSubmatch(def); m != nil && !strings.HasPrefix(strings.ToLower(def), "constraint") {
				add(table, []string{ident(m[1])})
			}
		}
	}
}

// ident unquotes an SQL identifier and drops its schema.
func ident(s string) string {
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
		cols = append(cols, ident(f[0]))
	}
	return cols
}

// balanced returns what precedes the parenthesis that closes an opened
// one.
func balanced(s string) (string, bool) {
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

// splitTop splits on the commas that are not inside parentheses.
func splitTop(s string) []string {
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

// sqlKeys returns the unique keys the module's SQL declares on model's
// table, and how many .sql files were read.
func sqlKeys(fset *token.FileSet, model *types.Named) ([]orm.UniqueKey, int) {
	if fset == nil || !model.Obj().Pos().IsValid() {
		return nil, 0
	}
	file := fset.Position(model.Obj().Pos()).Filename
	if file == "" || !filepath.IsAbs(file) {
		return nil, 0
	}
	root := moduleDir(file)
	if root == "" {
		return nil, 0
	}
	s := schemaOf(filepath.Dir(file), root)
	table := TableName(model)
	if table == "" {
		return nil, s.files
	}
	byCol := Columns(model)
	var keys []orm.UniqueKey
	for _, cols := range s.keys[table] {
		k := orm.UniqueKey{Name: "a unique key in " + s.where[table]}
		for _, c := range cols {
			f, ok := byCol[c]
			if !ok {
				k.Columns = nil
				break
			}
			k.Columns = append(k.Columns, c)
			k.Fields = append(k.Fields, f)
		}
		if len(k.Columns) > 0 {
			keys = append(keys, k)
		}
	}
	return keys, s.files
}

// SQLFiles is how many .sql files of model's module were read for keys.
func SQLFiles(fset *token.FileSet, model *types.Named) int {
	_, n := sqlKeys(fset, model)
	return n
}
