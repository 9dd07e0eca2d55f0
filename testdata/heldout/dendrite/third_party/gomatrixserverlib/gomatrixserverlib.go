// Package gomatrixserverlib is a small stand-in for github.com/matrix-org/gomatrixserverlib.
package gomatrixserverlib

import (
	"encoding/json"
	"fmt"
	"strings"

	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// RoomVersion mirrors gomatrixserverlib.RoomVersion.
type RoomVersion string

const RoomVersionV10 RoomVersion = "10"

// GetRoomVersion mirrors gomatrixserverlib.GetRoomVersion (validation only).
func GetRoomVersion(v RoomVersion) (RoomVersion, error) {
	if v == "" {
		return "", fmt.Errorf("unsupported room version %q", v)
	}
	return v, nil
}

// SplitID mirrors gomatrixserverlib.SplitID.
func SplitID(sigil byte, id string) (local string, domain spec.ServerName, err error) {
	if len(id) == 0 || id[0] != sigil {
		return "", "", fmt.Errorf("invalid ID %q", id)
	}
	parts := strings.SplitN(id[1:], ":", 2)
	if len(parts) != 2 {
		return "", "", fmt.Errorf("invalid ID %q", id)
	}
	return parts[0], spec.ServerName(parts[1]), nil
}

// CanonicalJSON stands in for gomatrixserverlib.CanonicalJSON (re-encodes with
// sorted keys and no insignificant whitespace).
func CanonicalJSON(input []byte) ([]byte, error) {
	var v interface{}
	if err := json.Unmarshal(input, &v); err != nil {
		return nil, err
	}
	return json.Marshal(v)
}
