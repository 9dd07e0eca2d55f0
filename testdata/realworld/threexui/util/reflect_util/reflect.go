// Package reflect_util reproduces MHSanaei/3x-ui 02002dc1c304 internal/util/reflect_util.
package reflect_util

import "reflect"

// GetFields is util/reflect_util/reflect.go:7.
func GetFields(t reflect.Type) []reflect.StructField {
	num := t.NumField()
	fields := make([]reflect.StructField, 0, num)
	for i := range num {
		fields = append(fields, t.Field(i))
	}
	return fields
}
