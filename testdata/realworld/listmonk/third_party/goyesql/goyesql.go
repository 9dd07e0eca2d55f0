// Package goyesql is a small stand-in for github.com/knadh/goyesql/v2: it parses
// a .sql file of "-- name: query-name" blocks into a map of named queries.
package goyesql

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Query is one named query and its tags.
type Query struct {
	Query string
	Tags  map[string]string
}

// Queries maps query names to queries.
type Queries map[string]*Query

// ParseBytes parses the "-- name: " tagged queries in b.
func ParseBytes(b []byte) (Queries, error) {
	var (
		out  = Queries{}
		name string
		buf  strings.Builder
	)
	flush := func() {
		if name != "" {
			out[name] = &Query{Query: strings.TrimSpace(buf.String()), Tags: map[string]string{"name": name}}
		}
		buf.Reset()
	}

	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "--") {
			tag := strings.TrimSpace(strings.TrimPrefix(trim, "--"))
			if strings.HasPrefix(tag, "name:") {
				flush()
				name = strings.TrimSpace(strings.TrimPrefix(tag, "name:"))
				if _, ok := out[name]; ok {
					return nil, fmt.Errorf("duplicate query name: %s", name)
				}
			}
			continue
		}
		if name == "" {
			continue
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()

	return out, nil
}
