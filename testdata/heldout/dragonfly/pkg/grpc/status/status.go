// Package status is a stand-in for google.golang.org/grpc/status.
package status

import (
	"fmt"

	"example.com/heldout/dragonfly/pkg/grpc/codes"
)

// Error mirrors status.Error.
func Error(c codes.Code, msg string) error {
	return fmt.Errorf("rpc error: code = %d desc = %s", c, msg)
}
