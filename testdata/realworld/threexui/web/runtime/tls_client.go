// Package runtime reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/runtime.
package runtime

import "sync/atomic"

var masterClientGeneration atomic.Int64

// InvalidateMasterClientConnections is web/runtime/tls_client.go:55.
func InvalidateMasterClientConnections() {
	masterClientGeneration.Add(1)
}
