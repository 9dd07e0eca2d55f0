package sqlorm

import (
	"strconv"
	"strings"
	"unicode"
)

// The SQL text of a query is read by a small dialect-neutral reader:
// a lexer (identifiers quoted with "", `` or [], strings, numbers,
// comments, and the placeholders ?, $n, :name and @name), then a
// recognizer of the few statement forms a get-or-create is made of:
//
//	SELECT <list> FROM <table> [alias] [WHERE <conjunction>] [...]
//	SELECT COUNT(*) FROM ...            (a count)
//	SELECT EXISTS (SELECT ... FROM ...) (a bool)
//	INSERT [OR IGNORE|IGNORE] INTO <table> (<cols>) VALUES (<values>)
//	    [ON CONFLICT ...|ON DUPLICATE KEY UPDATE ...] [RETURNING ...]
//
// Anything else is "other": never a lookup or a create, so a statement
// upsertfix cannot read is never rewritten (see docs/sql.md for why no
// third-party parser).

type tokKind int

const (
	tIdent  tokKind = iota // a word or a quoted identifier
	tString                // 'text'
	tNumber
	tParam // ?, $1, :name, @name
	tPunct // ( ) , . = ; * and operators
)

type tok struct {
	kind   tokKind
	text   string // identifiers lower-cased and unquoted; punctuation as is
	quoted bool   // a quoted identifier (never a keyword)
}

// is reports a keyword (an unquoted identifier) or a punctuation.
func (t tok) is(s string) bool {
	return !t.quoted && (t.kind == tIdent || t.kind == tPunct) && t.text == s
}

// lex splits s into tokens; ok is false on text it cannot read (an
// unterminated string or comment).
func lex(s string) ([]tok, bool) {
	var out []tok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return nil, false
			}
			i += j + 4
		case c == '\'':
			text, j, ok := quoted(s, i)
			if !ok {
				return nil, false
			}
			out = append(out, tok{kind: tString, text: text})
			i = j
		case c == '"' || c == '`' || c == '[':
			end := map[byte]byte{'"': '"', '`': '`', '[': ']'}[c]
			j := strings.IndexByte(s[i+1:], end)
			if j < 0 {
				return nil, false
			}
			out = append(out, tok{kind: tIdent, text: strings.ToLower(s[i+1 : i+1+j]), quoted: true})
			i += j + 2
		case c == '?':
			out = append(out, tok{kind: tParam, text: "?"})
			i++
		case (c == '$' || c == ':' || c == '@') && i+1 < len(s) && isWord(s[i+1]):
			j := i + 1
			for j < len(s) && isWord(s[j]) {
				j++
			}
			out = append(out, tok{kind: tParam, text: s[i:j]})
			i = j
		case isWord(c) && !unicode.IsDigit(rune(c)):
			j := i
			for j < len(s) && isWord(s[j]) {
				j++
			}
			out = append(out, tok{kind: tIdent, text: strings.ToLower(s[i:j])})
			i = j
		case unicode.IsDigit(rune(c)):
			j := i
			for j < len(s) && (isWord(s[j]) || s[j] == '.') {
				j++
			}
			out = append(out, tok{kind: tNumber, text: s[i:j]})
			i = j
		default:
			// two-character operators first
			if i+1 < len(s) {
				switch s[i : i+2] {
				case "<>", "!=", "<=", ">=", "::", "||":
					out = append(out, tok{kind: tPunct, text: s[i : i+2]})
					i += 2
					continue
				}
			}
			out = append(out, tok{kind: tPunct, text: string(c)})
			i++
		}
	}
	return out, true
}

// quoted reads the string literal at s[i] (a doubled quote inside is
// one quote): its text and the index after it.
func quoted(s string, i int) (string, int, bool) {
	var b strings.Builder
	for j := i + 1; j < len(s); j++ {
		if s[j] != '\'' {
			b.WriteByte(s[j])
			continue
		}
		if j+1 < len(s) && s[j+1] == '\'' {
			b.WriteByte('\'')
			j++
			continue
		}
		return b.String(), j + 1, true
	}
	return "", 0, false
}

func isWord(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// StmtKind is what a statement does.
type StmtKind int

// Kinds of statements.
const (
	Other  StmtKind = iota
	Select          // a read of rows
	Insert          // an insert
	Write           // an UPDATE, DELETE, REPLACE, MERGE, or DDL
)

// Param is a placeholder: Index is the 0-based argument it binds
// (?: its ordinal; $n: n-1), or -1 for a named one (Name).
type Param struct {
	Index int
	Name  string
}

// Stmt is what upsertfix reads of one SQL statement.
type Stmt struct {
	Kind  StmtKind
	Verb  string // the first keyword, upper-case (SELECT, INSERT, UPDATE, ...)
	Table string // the table read or written, unquoted, without schema

	// Select
	Count  bool // SELECT COUNT(...) alone
	Exists bool // SELECT EXISTS (SELECT ...)
	True   bool // SELECT true (or 1) alone: a bool that is true when a row matched
	// Key lists the columns the WHERE conjunction pins by equality, in
	// order; Vals the value of each (a Param, or Index -2 for a
	// constant). KeyErr says why there is no key.
	Key    []string
	Vals   []Param
	KeyErr string
	Lock   bool // FOR UPDATE / FOR SHARE
	// Pins gives the columns the WHERE conjunction pins to a constant
	// (kind = 'site', deleted_at IS NULL), each with the constant as
	// Pins reads it.
	Pins map[string]string

	// Insert
	Columns []string // the column list; nil when absent
	Values  []Param  // the value of each column (Index -2: a constant or expression)
	Atomic  string   // the conflict clause that makes the insert atomic ("ON CONFLICT", ...), or ""
	Rows    int      // VALUES tuples (more than one: a batch)
	FromSel bool     // INSERT ... SELECT
}

// constVal marks a value that is not a placeholder.
const constVal = -2

// Parse reads one statement.
func Parse(s string) *Stmt {
	toks, ok := lex(s)
	for len(toks) > 0 && toks[len(toks)-1].is(";") {
		toks = toks[:len(toks)-1]
	}
	if !ok || len(toks) == 0 || toks[0].kind != tIdent {
		return &Stmt{Kind: Other}
	}
	for _, t := range toks {
		if t.is(";") {
			return &Stmt{Kind: Other, Verb: "several statements"} // several statements
		}
	}
	p := &parser{toks: toks}
	st := &Stmt{Verb: strings.ToUpper(toks[0].text)}
	switch toks[0].text {
	case "select":
		p.selectStmt(st)
	case "insert":
		p.i = 1
		p.insertStmt(st)
	case "with":
		// WITH ... INSERT: the insert is the statement's (hatchet's
		// CreateTenant picks a partition in a CTE)
		st.Kind = Other
		if p.ctes() && p.accept("insert") {
			st.Verb = "INSERT"
			p.insertStmt(st)
		}
	case "update", "delete", "replace", "merge", "upsert", "create", "alter", "drop", "truncate":
		st.Kind = Write
	}
	return st
}

type parser struct {
	toks []tok
	i    int
	// ordinal of the next ? placeholder
	q int
	// parts counts the parts of the last WHERE conjunction read
	parts int
}

func (p *parser) peek() tok {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return tok{kind: tPunct, text: ""}
}

func (p *parser) accept(words ...string) bool {
	for k, w := range words {
		if p.i+k >= len(p.toks) || !p.toks[p.i+k].is(w) {
			return false
		}
	}
	p.i += len(words)
	return true
}

func (p *parser) done() bool { return p.i >= len(p.toks) }

// param numbers a placeholder token.
func (p *parser) param(t tok) Param {
	switch {
	case t.text == "?":
		p.q++
		return Param{Index: p.q - 1}
	case t.text[0] == '$':
		if n, err := strconv.Atoi(t.text[1:]); err == nil && n > 0 {
			return Param{Index: n - 1}
		}
	}
	return Param{Index: -1, Name: t.text[1:]}
}

// skipGroup skips a parenthesized group whose "(" is next, counting
// the ? placeholders in it; ok is false when it is not closed.
func (p *parser) skipGroup() bool {
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		t := p.toks[p.i]
		switch {
		case t.is("("):
			depth++
		case t.is(")"):
			depth--
			if depth == 0 {
				p.i++
				return true
			}
		case t.kind == tParam && t.text == "?":
			p.q++
		}
	}
	return false
}

// tableName reads [schema.]table; "" when the next token is not one.
func (p *parser) tableName() string {
	t := p.peek()
	if t.kind != tIdent {
		return ""
	}
	p.i++
	name := t.text
	for p.peek().is(".") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tIdent {
		name = p.toks[p.i+1].text
		p.i += 2
	}
	return name
}

var clauseWords = map[string]bool{"where": true, "order": true, "group": true, "limit": true, "for": true, "having": true,
	"offset": true, "union": true, "fetch": true, "lock": true, "join": true, "inner": true, "left": true, "right": true,
	"full": true, "cross": true, "natural": true, "on": true, "using": true, "returning": true, "window": true}

func (p *parser) selectStmt(st *Stmt) {
	st.Kind = Select
	p.i = 1
	// the select list, up to FROM at depth 0
	start := p.i
	for !p.done() && !p.peek().is("from") {
		if p.peek().is("(") {
			if !p.skipGroup() {
				st.Kind = Other
				return
			}
			continue
		}
		if t := p.peek(); t.kind == tParam && t.text == "?" {
			p.q++
		}
		p.i++
	}
	list := trimAlias(p.toks[start:p.i])
	st.True = len(list) == 1 && (list[0].is("true") || list[0].kind == tNumber && list[0].text == "1")
	switch {
	case len(list) >= 4 && list[0].is("count") && list[1].is("(") && list[len(list)-1].is(")"):
		st.Count = true
	case len(list) >= 3 && list[0].is("exists") && list[1].is("("):
		// SELECT EXISTS (SELECT ... FROM t WHERE ...) [AS x]
		end := 2
		for depth := 1; end < len(list) && depth > 0; end++ {
			if list[end].is("(") {
				depth++
			} else if list[end].is(")") {
				depth--
			}
		}
		inner := &parser{toks: list[2 : end-1]}
		if len(inner.toks) == 0 || !inner.toks[0].is("select") {
			st.Kind = Other
			return
		}
		in := &Stmt{}
		inner.selectStmt(in)
		if in.Kind != Select || !p.done() {
			st.Kind = Other
			return
		}
		*st = *in
		st.Verb, st.Exists, st.Count, st.True = "SELECT", true, false, false
		return
	}
	if !p.accept("from") {
		st.Kind = Other
		return
	}
	if st.Table = p.tableName(); st.Table == "" {
		st.Kind = Other // FROM (subquery)
		return
	}
	tables := map[string]string{st.Table: st.Table}
	p.alias(tables, st.Table)
	joined, ok := p.joinAll(tables)
	if !ok {
		st.KeyErr = "the query joins tables in a way upsertfix does not read, so its key is not one table's"
		return
	}
	switch t := p.peek(); {
	case p.done():
		st.KeyErr = noConditions
		return
	case !t.is("where"):
		st.KeyErr = noConditions
		p.tail(st)
		return
	}
	p.i++
	quals := p.where(st)
	if joined && st.KeyErr == "" {
		pinnedTable(st, tables, quals)
	}
	st.Pins = ownPins(st.Pins, st.Table, tables)
	p.tail(st)
}

// ownPins keeps the pins of table's columns (unqualified ones too),
// by column name.
func ownPins(pins map[string]string, table string, tables map[string]string) map[string]string {
	var own map[string]string
	for qc, c := range pins {
		q, col, _ := strings.Cut(qc, ".")
		if q != "" && tables[q] != table {
			continue
		}
		if own == nil {
			own = map[string]string{}
		}
		own[col] = c
	}
	return own
}

// Pins reads a partial index's condition, a conjunction of col =
// constant and col IS NULL, into the constant each column is pinned to;
// nil when a part is anything else.
func Pins(where string) map[string]string {
	toks, ok := lex(where)
	if !ok || len(toks) == 0 {
		return nil
	}
	p := &parser{toks: toks}
	st := &Stmt{}
	p.where(st)
	if len(st.Pins) == 0 || len(st.Pins) != p.parts {
		return nil // a part that pins nothing, or OR
	}
	pins := map[string]string{}
	for qc, c := range st.Pins {
		_, col, _ := strings.Cut(qc, ".")
		pins[col] = c
	}
	return pins
}

// pin reads [qual.]col = constant or [qual.]col IS NULL, parentheses
// and casts (::text, pg_dump's form) left out: the column, and the
// constant as 'text', a number, true, false or null.
func pin(part []tok) (qual, col, c string, ok bool) {
	var toks []tok
	for i := 0; i < len(part); i++ {
		switch t := part[i]; {
		case t.is("(") || t.is(")"):
		case t.is("::") && i+1 < len(part):
			i++ // the cast's type
		default:
			toks = append(toks, t)
		}
	}
	n := len(toks)
	switch {
	case n >= 3 && toks[n-2].is("is") && toks[n-1].is("null"):
		qual, col, ok = column(toks[:n-2])
		return qual, col, "null", ok
	case n >= 3 && toks[n-2].is("="):
		v := toks[n-1]
		switch {
		case v.kind == tString:
			c = "'" + v.text + "'"
		case v.kind == tNumber, v.is("true"), v.is("false"):
			c = v.text
		default:
			return "", "", "", false
		}
		qual, col, ok = column(toks[:n-2])
		return qual, col, c, ok
	}
	return "", "", "", false
}

// alias reads an optional alias of table into tables.
func (p *parser) alias(tables map[string]string, table string) {
	if p.accept("as") || p.peek().kind == tIdent && !clauseWords[p.peek().text] || p.peek().quoted {
		if !p.done() && p.peek().kind == tIdent {
			tables[p.peek().text] = table
			p.i++
		}
	}
}

// joinAll reads the joined tables after the first into tables: joined
// when there was one, ok false when one is not read.
func (p *parser) joinAll(tables map[string]string) (joined, ok bool) {
	for p.joins() {
		joined = true
		if !p.joinedTable(tables) {
			return true, false
		}
	}
	return joined, true
}

// joins reports whether a joined table follows: a comma or a JOIN.
func (p *parser) joins() bool {
	t := p.peek()
	return t.is(",") || t.is("join") || t.is("inner") || t.is("left") || t.is("right") || t.is("full") || t.is("cross") || t.is("natural")
}

// joinedTable reads one joined table, its alias and its ON or USING
// clause (counting the ? placeholders in it) into tables; false when
// the table is not a plain one (a subquery, LATERAL).
func (p *parser) joinedTable(tables map[string]string) bool {
	if !p.accept(",") {
		for !p.done() && !p.peek().is("join") {
			p.i++ // INNER, LEFT [OUTER], ...
		}
		if !p.accept("join") {
			return false
		}
	}
	name := p.tableName()
	if name == "" {
		return false
	}
	tables[name] = name
	p.alias(tables, name)
	switch {
	case p.accept("using"):
		return p.peek().is("(") && p.skipGroup()
	case p.accept("on"):
		for depth := 0; !p.done(); p.i++ {
			t := p.peek()
			if depth == 0 && (t.is(",") || clauseWords[t.text] && !t.quoted && !t.is("on") && !t.is("using")) {
				return true
			}
			switch {
			case t.is("("):
				depth++
			case t.is(")"):
				depth--
			case t.kind == tParam && t.text == "?":
				p.q++
			}
		}
	}
	return true
}

// pinnedTable makes the table of a join's WHERE the one table whose
// columns it pins to placeholders by qualified name (FROM auth, users
// WHERE auth.key = ? AND users.id = auth.user_id: auth). A join narrows
// what the lookup finds to the rows that also have a partner (and
// constants pinned in other tables narrow it more); the key it pins is
// still that table's. Unqualified columns are taken as that table's (if
// one is not, no key of the table covers it). quals gives each Key
// column's qualifier.
func pinnedTable(st *Stmt, tables map[string]string, quals []string) {
	table := ""
	for i, q := range quals {
		if q == "" || st.Vals[i].Index == constVal {
			continue
		}
		t, ok := tables[q]
		if !ok || table != "" && t != table {
			st.Key, st.Vals = nil, nil
			st.KeyErr = "the query joins tables and pins columns of more than one, so its key is not one table's"
			return
		}
		table = t
	}
	if table == "" {
		st.Key, st.Vals = nil, nil
		st.KeyErr = "the query joins tables and does not qualify the columns it pins, so its key is not one table's"
		return
	}
	st.Table = table
	var key []string
	var vals []Param
	for i, q := range quals {
		if q == "" || tables[q] == table {
			key, vals = append(key, st.Key[i]), append(vals, st.Vals[i])
		}
	}
	st.Key, st.Vals = key, vals
}

// noConditions matches orm.NoConditions.
const noConditions = "the lookup has no conditions"

// tail reads what follows the WHERE clause: FOR UPDATE / FOR SHARE.
func (p *parser) tail(st *Stmt) {
	for ; !p.done(); p.i++ {
		if p.peek().is("for") && p.i+1 < len(p.toks) && (p.toks[p.i+1].is("update") || p.toks[p.i+1].is("share")) {
			st.Lock = true
		}
	}
}

// where reads a conjunction: col = placeholder and col = constant pin a
// column; other comparisons (IS NULL, <, LIKE, IN, a function of a
// column) only narrow; OR at the top makes the key unknown.
func (p *parser) where(st *Stmt) (quals []string) {
	var parts [][]tok
	var cur []tok
	depth := 0
	for ; !p.done(); p.i++ {
		t := p.peek()
		if depth == 0 && t.kind == tIdent && !t.quoted && (t.text == "order" || t.text == "group" || t.text == "limit" || t.text == "for" || t.text == "offset" || t.text == "having" || t.text == "union" || t.text == "fetch" || t.text == "returning") {
			break
		}
		switch {
		case t.is("("):
			depth++
		case t.is(")"):
			depth--
		}
		if depth == 0 && t.is("and") {
			// BETWEEN x AND y is one part
			if !between(cur) {
				parts = append(parts, cur)
				cur = nil
				continue
			}
		}
		if depth == 0 && t.is("or") {
			st.KeyErr = "the condition has OR at its top, so it pins no one key"
			p.skipRest()
			return nil
		}
		cur = append(cur, t)
	}
	parts = append(parts, cur)
	p.parts = len(parts)
	for _, part := range parts {
		if q, col, c, ok := pin(part); ok {
			if st.Pins == nil {
				st.Pins = map[string]string{}
			}
			st.Pins[q+"."+col] = c
		}
		qual, col, val, ok := p.equality(part)
		if !ok {
			continue
		}
		st.Key, st.Vals, quals = append(st.Key, col), append(st.Vals, val), append(quals, qual)
	}
	if len(st.Key) == 0 {
		st.KeyErr = "the condition pins no column by equality (column = ?) in a conjunction"
	}
	return quals
}

func (p *parser) skipRest() {
	for !p.done() {
		p.i++
	}
}

// between reports a part that is "x BETWEEN a" so far (its AND is the
// BETWEEN's).
func between(part []tok) bool {
	n := 0
	for _, t := range part {
		if t.is("between") {
			n++
		}
		if t.is("and") {
			n--
		}
	}
	return n > 0
}

// equality reads [qual.]col = value or value = [qual.]col; the ?
// placeholders of any part are numbered in order.
func (p *parser) equality(part []tok) (qual, col string, val Param, ok bool) {
	// number the part's ? placeholders first, in order
	idx := map[int]Param{}
	for k, t := range part {
		if t.kind == tParam {
			idx[k] = p.param(t)
		}
	}
	eq := -1
	for k, t := range part {
		if t.is("=") {
			if eq >= 0 {
				return "", "", Param{}, false
			}
			eq = k
		}
	}
	if eq < 0 {
		return "", "", Param{}, false
	}
	l, r := part[:eq], part[eq+1:]
	qual, col, ok = column(l)
	valAt := eq + 1
	if !ok {
		if qual, col, ok = column(r); !ok {
			return "", "", Param{}, false
		}
		r, valAt = l, 0
	}
	// the value: one placeholder (maybe cast: $1::text) or a constant
	switch {
	case len(r) >= 1 && r[0].kind == tParam && (len(r) == 1 || len(r) == 3 && r[1].is("::")):
		return qual, col, idx[valAt], true
	case len(r) == 1 && (r[0].kind == tString || r[0].kind == tNumber || r[0].is("true") || r[0].is("false")):
		return qual, col, Param{Index: constVal}, true
	case len(r) == 4 && r[0].kind == tIdent && normalizers[r[0].text] && r[1].is("(") && r[2].kind == tParam && r[3].is(")"):
		// username = LOWER($1): the column holds the normalized value
		// (the insert writes LOWER($1) too, or the key differs and the
		// retry, finding nothing, returns the insert's error)
		return qual, col, idx[valAt+2], true
	}
	return "", "", Param{}, false
}

// column reads [qual.]col as a plain column reference, or LOWER(col) (a
// normalizer of it: the lookup then matches the key case-insensitively,
// and a loser that goes back finds the winner's row all the same).
func column(toks []tok) (qual, col string, ok bool) {
	if len(toks) >= 4 && toks[0].kind == tIdent && normalizers[toks[0].text] && toks[1].is("(") && toks[len(toks)-1].is(")") {
		return column(toks[2 : len(toks)-1])
	}
	switch {
	case len(toks) == 1 && toks[0].kind == tIdent && (toks[0].quoted || !keywords[toks[0].text]):
		return "", toks[0].text, true
	case len(toks) == 3 && toks[0].kind == tIdent && toks[1].is(".") && toks[2].kind == tIdent:
		return toks[0].text, toks[2].text, true
	}
	return "", "", false
}

// normalizers are the functions a key's value may be wrapped in.
var normalizers = map[string]bool{"lower": true, "upper": true, "trim": true, "btrim": true, "ltrim": true, "rtrim": true}

var keywords = map[string]bool{"null": true, "true": true, "false": true, "not": true, "and": true, "or": true,
	"select": true, "from": true, "where": true, "lower": true, "upper": true}

// ctes skips WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED]
// (query), ...; false when it cannot.
func (p *parser) ctes() bool {
	p.i = 1
	p.accept("recursive")
	for {
		if p.peek().kind != tIdent {
			return false
		}
		p.i++
		if p.peek().is("(") && !p.skipGroup() {
			return false
		}
		if !p.accept("as") {
			return false
		}
		if !p.accept("materialized") {
			p.accept("not", "materialized")
		}
		if !p.peek().is("(") || !p.skipGroup() {
			return false
		}
		if !p.accept(",") {
			return true
		}
	}
}

// insertStmt reads an INSERT from after its first word.
func (p *parser) insertStmt(st *Stmt) {
	st.Kind = Insert
	if !p.insertHead(st) {
		st.Kind = Other
		return
	}
	switch {
	case p.accept("values"), p.accept("value"):
	case p.peek().is("select"), p.peek().is("with"):
		st.FromSel = true
		start := p.i
		if vals := p.selectList(); st.Columns != nil && len(vals) == len(st.Columns) {
			st.Values = vals // INSERT INTO t (a, b) SELECT $1, $2 WHERE ...
		}
		p.i = start
		p.rest(st)
		return
	case p.accept("default", "values"):
		p.rest(st)
		return
	default:
		st.Kind = Other
		return
	}
	for {
		vals, ok := p.tuple()
		if !ok {
			st.Kind = Other
			return
		}
		if st.Rows++; st.Rows == 1 {
			st.Values = vals
		}
		if !p.accept(",") {
			break
		}
	}
	if st.Columns != nil && len(st.Values) != len(st.Columns) {
		st.Kind = Other
		return
	}
	p.rest(st)
}

// insertHead reads INSERT [OR IGNORE|OR REPLACE|IGNORE] INTO table [AS
// alias] [(columns)]; false when it cannot.
func (p *parser) insertHead(st *Stmt) bool {
	switch {
	case p.accept("or", "ignore"), p.accept("or", "replace"):
		st.Atomic = "INSERT OR " + strings.ToUpper(p.toks[p.i-1].text)
	case p.accept("ignore"):
		st.Atomic = "INSERT IGNORE"
	}
	if !p.accept("into") {
		return false
	}
	if st.Table = p.tableName(); st.Table == "" {
		return false
	}
	if p.accept("as") {
		p.i++
	}
	if !p.peek().is("(") {
		return true
	}
	p.i++
	for !p.done() && !p.peek().is(")") {
		t := p.peek()
		if t.kind != tIdent {
			return false
		}
		st.Columns = append(st.Columns, t.text)
		p.i++
		p.accept(",")
	}
	return p.accept(")")
}

// tuple reads one parenthesized list of values: each a placeholder
// (maybe cast: $1::text), or a constant or expression (constVal).
func (p *parser) tuple() ([]Param, bool) {
	if !p.accept("(") {
		return nil, false
	}
	vals := p.exprs(func(t tok) bool { return t.is(")") })
	return vals, p.accept(")")
}

// selectList reads the values of INSERT ... SELECT <values> [FROM ...]
// [WHERE ...], as tuple does those of VALUES (...).
func (p *parser) selectList() []Param {
	if !p.accept("select") {
		return nil
	}
	return p.exprs(func(t tok) bool { return t.is("from") || t.is("where") || t.is(";") })
}

// exprs reads values separated by "," up to a token end accepts at depth
// 0, which it leaves.
func (p *parser) exprs(end func(tok) bool) []Param {
	var vals []Param
	for {
		// one value: up to "," or the end at depth 0
		start, depth := p.i, 0
		for !p.done() {
			t := p.peek()
			if depth == 0 && (t.is(",") || end(t)) {
				break
			}
			if t.is("(") {
				depth++
			} else if t.is(")") {
				depth--
			}
			p.i++
		}
		v := Param{Index: constVal}
		val := p.toks[start:p.i]
		for _, t := range val {
			if t.kind == tParam {
				pp := p.param(t)
				if len(val) == 1 || len(val) == 3 && val[1].is("::") {
					v = pp
				}
			}
		}
		vals = append(vals, v)
		if !p.accept(",") {
			return vals
		}
	}
}

// existsOn reports whether the NOT EXISTS at p reads table: NOT EXISTS
// ( SELECT ... FROM table ...).
func (p *parser) existsOn(table string) bool {
	for i, depth := p.i+2, 0; i < len(p.toks); i++ {
		t := p.toks[i]
		switch {
		case t.is("("):
			depth++
		case t.is(")"):
			if depth--; depth == 0 {
				return false
			}
		case t.is("from") && depth == 1 && i+1 < len(p.toks):
			q := &parser{toks: p.toks, i: i + 1}
			return strings.EqualFold(q.tableName(), table)
		}
	}
	return false
}

// rest reads the conflict clause after the values.
func (p *parser) rest(st *Stmt) {
	for ; !p.done(); p.i++ {
		switch {
		case p.peek().is("on") && p.i+1 < len(p.toks) && p.toks[p.i+1].is("conflict"):
			st.Atomic = "ON CONFLICT"
		case p.peek().is("on") && p.i+2 < len(p.toks) && p.toks[p.i+1].is("duplicate") && p.toks[p.i+2].is("key"):
			st.Atomic = "ON DUPLICATE KEY UPDATE"
		case p.peek().is("not") && p.i+1 < len(p.toks) && p.toks[p.i+1].is("exists") && st.FromSel && p.existsOn(st.Table):
			// INSERT ... SELECT ... WHERE NOT EXISTS (SELECT 1 FROM t
			// ...), t the table it inserts into: a check and an insert
			// in one statement. A check of another table (miniflux's
			// entry_tombstones) is a condition of the insert, not one
			// of the row's key.
			st.Atomic = "INSERT ... SELECT ... WHERE NOT EXISTS"
		}
	}
}

// trimAlias drops the alias of a select list that ends in a call:
// COUNT(s.id) AS count, COUNT(*) total.
func trimAlias(list []tok) []tok {
	n := len(list)
	switch {
	case n >= 3 && list[n-2].is("as") && list[n-3].is(")"):
		return list[:n-2]
	case n >= 2 && list[n-2].is(")") && list[n-1].kind == tIdent:
		return list[:n-1]
	}
	return list
}
