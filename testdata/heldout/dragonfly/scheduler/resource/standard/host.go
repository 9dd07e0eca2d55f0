// Package standard reproduces, trimmed, the Host type of Dragonfly2
// scheduler/resource/standard/host.go (:140): only the fields the manager's
// sync-peers job reads from the scheduler's answer.
package standard

import "example.com/heldout/dragonfly/pkg/types"

// Host contains content for host.
type Host struct {
	ID                 string
	Type               types.HostType
	Hostname           string
	IP                 string
	Port               int32
	DownloadPort       int32
	ObjectStoragePort  int32
	OS                 string
	Platform           string
	PlatformFamily     string
	PlatformVersion    string
	KernelVersion      string
	Network            Network
	Build              Build
	SchedulerClusterID uint64
}

// Network contains content for network (host.go:303).
type Network struct {
	Location string
	IDC      string
}

// Build contains content for build (host.go:330).
type Build struct {
	GitVersion string
	GitCommit  string
	Platform   string
}
