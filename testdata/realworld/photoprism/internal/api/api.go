// Package api reproduces photoprism/photoprism 382ffa89927f internal/api (gin handlers; ACL, YAML backup and client config refresh trimmed).
package api

import "example.com/realworld/photoprism/internal/event"

// log is internal/api/api.go log.
var log = event.Log
