// Package proto is a stand-in for google.golang.org/protobuf/proto: messages
// are plain structs, encoded as JSON.
package proto

import "encoding/json"

type Message interface{}

func Marshal(m Message) ([]byte, error) { return json.Marshal(m) }

func Unmarshal(b []byte, m Message) error { return json.Unmarshal(b, m) }
