// Package empty is a small stand-in for github.com/golang/protobuf/ptypes/empty.
package empty

// Empty is the empty message.
type Empty struct{}
