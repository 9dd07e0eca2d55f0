// Package language is a stand-in for service/lib/language of hslr-s/sun-panel
// 25f46209d97a (the ini-file lookup is left out; Get returns the key).
package language

import "strings"

// LangStructObj stands in for service/lib/language/lang.go:10.
type LangStructObj struct{}

// Get stands in for service/lib/language/lang.go:32 (returns the key).
func (l *LangStructObj) Get(key string) string {
	return key
}

// GetWithFields reproduces service/lib/language/lang.go:45.
func (l *LangStructObj) GetWithFields(key string, fields map[string]string) string {
	c := l.Get(key)
	for k, v := range fields {
		c = strings.ReplaceAll(c, `{`+k+`}`, v)
	}
	return c
}

// GetAndInsert reproduces service/lib/language/lang.go:54.
// 获取值并向后追加
func (l *LangStructObj) GetAndInsert(key string, insertContent ...string) string {
	content := l.Get(key) + " "
	for _, v := range insertContent {
		content += v
	}
	return content
}
