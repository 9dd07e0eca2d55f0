// Package userutil is a small stand-in for dendrite's clientapi/userutil.
package userutil

import (
	"fmt"

	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// MakeUserID mirrors clientapi/userutil.MakeUserID.
func MakeUserID(localpart string, server spec.ServerName) string {
	return fmt.Sprintf("@%s:%s", localpart, string(server))
}
