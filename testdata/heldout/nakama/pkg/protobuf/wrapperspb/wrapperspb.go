// Package wrapperspb is a minimal stand-in for
// google.golang.org/protobuf/types/known/wrapperspb.
package wrapperspb

type Int32Value struct{ Value int32 }
type BoolValue struct{ Value bool }
type StringValue struct{ Value string }
