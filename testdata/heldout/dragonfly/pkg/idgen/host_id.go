// Package idgen reproduces Dragonfly2 pkg/idgen/host_id.go (HostIDV2 :29).
package idgen

import "fmt"

// HostIDV2 generates v2 version of host id.
func HostIDV2(ip, hostname string, isSeedPeer bool) string {
	if isSeedPeer {
		return fmt.Sprintf("%s-%s-seed", ip, hostname)
	}

	return fmt.Sprintf("%s-%s", ip, hostname)
}
