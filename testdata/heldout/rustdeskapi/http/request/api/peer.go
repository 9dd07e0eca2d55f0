// Package api reproduces lejianwen/rustdesk-api c5687e150615 http/request/api.
package api

import "example.com/heldout/rustdeskapi/model"

// PeerForm reproduces http/request/api/peer.go:15.
type PeerForm struct {
	Cpu      string `json:"cpu"`
	Hostname string `json:"hostname"`
	Id       string `json:"id"`
	Memory   string `json:"memory"`
	Os       string `json:"os"`
	Username string `json:"username"`
	Uuid     string `json:"uuid"`
	Version  string `json:"version"`
}

// ToPeer reproduces http/request/api/peer.go:26.
func (pf *PeerForm) ToPeer() *model.Peer {
	return &model.Peer{
		Cpu:      pf.Cpu,
		Hostname: pf.Hostname,
		Id:       pf.Id,
		Memory:   pf.Memory,
		Os:       pf.Os,
		Username: pf.Username,
		Uuid:     pf.Uuid,
		Version:  pf.Version,
	}
}

// TagRenameForm reproduces http/request/api/peer.go:66.
type TagRenameForm struct {
	Old string `json:"old"`
	New string `json:"new"`
}
