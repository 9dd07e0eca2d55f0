// Package types reproduces rocboss/paopao-ce 0b35d12b74c0 pkg/types (trimmed).
package types

// No and Yes reproduce pkg/types/types.go:7.
const (
	// No  二态值 否
	No int8 = 0

	// Yes  二态值 是
	Yes int8 = 1
)
