package gormorm

import "strings"

// commonInitialisms is GORM's list (schema/naming.go, v1.31).
var commonInitialisms = []string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XSRF", "XSS"}

var initialismReplacer = func() *strings.Replacer {
	var pairs []string
	for _, s := range commonInitialisms {
		pairs = append(pairs, s, s[:1]+strings.ToLower(s[1:]))
	}
	return strings.NewReplacer(pairs...)
}()

// ColumnName returns the column GORM's default NamingStrategy gives a Go
// field name (NamingStrategy.toDBName): UserID -> user_id, HTTPCode -> http_code.
func ColumnName(name string) string {
	if name == "" {
		return ""
	}
	value := initialismReplacer.Replace(name)
	var buf strings.Builder
	isUpper := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	lastCase, curCase := false, isUpper(value[0])
	for i := 0; i < len(value)-1; i++ {
		v := value[i]
		nextCase := isUpper(value[i+1])
		nextNumber := value[i+1] >= '0' && value[i+1] <= '9'
		if curCase {
			if lastCase && (nextCase || nextNumber) {
				buf.WriteByte(v + 32)
			} else {
				if i > 0 && value[i-1] != '_' && value[i+1] != '_' {
					buf.WriteByte('_')
				}
				buf.WriteByte(v + 32)
			}
		} else {
			buf.WriteByte(v)
		}
		lastCase = curCase
		curCase = nextCase
	}
	last := value[len(value)-1]
	if curCase {
		if !lastCase && len(value) > 1 {
			buf.WriteByte('_')
		}
		buf.WriteByte(last + 32)
	} else {
		buf.WriteByte(last)
	}
	return buf.String()
}
