// xorm: the lookup and the insert behind a repository over a session
// handed in (a *xorm.Session or the engine, as xorm.Interface).
package session_layers

import (
	"xorm.io/xorm"
)

type Setting struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Key   string `xorm:"varchar(100) unique 'setting_key'"`
	Value string
}

// get reports whether the setting exists, filling s.
func get(x xorm.Interface, key string, s *Setting) (bool, error) {
	return x.Where("setting_key = ?", key).Get(s)
}

// insert adds the setting.
func insert(x xorm.Interface, s *Setting) error {
	_, err := x.Insert(s)
	return err
}

// SetDefault writes the default value of a missing setting.
func SetDefault(x xorm.Interface, key, value string) (string, error) {
	var s Setting
	has, err := x.Where("setting_key = ?", key).Get(&s)
	if err != nil {
		return "", err
	}
	if has {
		return s.Value, nil
	}
	s = Setting{Key: key, Value: value}
	if err := insert(x, &s); err != nil {
		return "", err
	}
	return s.Value, nil
}
