// Package zap is a stand-in for the go.uber.org/zap field helpers.
package zap

type Field struct {
	Key   string
	Value any
}

func Error(err error) Field { return Field{Key: "error", Value: err} }
