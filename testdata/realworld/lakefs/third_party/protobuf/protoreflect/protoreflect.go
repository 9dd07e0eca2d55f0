// Package protoreflect is a stand-in for
// google.golang.org/protobuf/reflect/protoreflect (not in the corpus module):
// the generated lakeFS messages become plain structs.
package protoreflect

// ProtoMessage is any message value.
type ProtoMessage interface{}
