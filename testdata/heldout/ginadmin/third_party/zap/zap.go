// Package zap is a stand-in for go.uber.org/zap with only the field helpers used.
package zap

// Field stands in for zap.Field.
type Field struct {
	Key   string
	Value interface{}
}

// String builds a string field.
func String(key, val string) Field { return Field{Key: key, Value: val} }

// Error builds an error field.
func Error(err error) Field { return Field{Key: "error", Value: err} }
