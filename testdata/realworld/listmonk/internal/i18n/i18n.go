// Package i18n is a stand-in for upstream internal/i18n (returns the keys).
package i18n

import "strings"

// I18n offers translation functions over a language map.
type I18n struct {
	langMap map[string]string
}

// New returns an I18n.
func New(m map[string]string) *I18n {
	return &I18n{langMap: m}
}

// T returns the translation for the given key.
func (i *I18n) T(key string) string {
	if i != nil {
		if s, ok := i.langMap[key]; ok {
			return s
		}
	}
	return key
}

// Ts returns the translation for the given key, substituting name/value pairs.
func (i *I18n) Ts(key string, params ...string) string {
	s := i.T(key)
	for n := 0; n+1 < len(params); n += 2 {
		s = strings.ReplaceAll(s, "{"+params[n]+"}", params[n+1])
	}
	return s
}
