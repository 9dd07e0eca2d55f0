// Package server reproduces the startup get-or-upsert of memos' server/server.go.
package server

import (
	"context"

	"example.com/heldout/memos/internal/util"
	storepb "example.com/heldout/memos/proto/gen/store"
	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/pkg/errors"
)

// Server reproduces server/server.go:29 (trimmed to the Store).
type Server struct {
	Store *store.Store
}

// NewServer stands in for server/server.go:39, which (at :50) reads the basic setting
// through getOrUpsertInstanceBasicSetting once while the server is built, before
// it starts serving.
func NewServer(ctx context.Context, st *store.Store) (*Server, error) {
	s := &Server{Store: st}
	if _, err := s.getOrUpsertInstanceBasicSetting(ctx); err != nil {
		return nil, errors.Wrap(err, "failed to get instance basic setting")
	}
	return s, nil
}

// getOrUpsertInstanceBasicSetting reproduces server/server.go:164
// (uuid.NewV4().String() is util.GenUUID()).
func (s *Server) getOrUpsertInstanceBasicSetting(ctx context.Context) (*storepb.InstanceBasicSetting, error) {
	instanceBasicSetting, err := s.Store.GetInstanceBasicSetting(ctx) // safe: single-threaded startup (called once from NewServer before serving), and the write is INSERT ... ON CONFLICT(name) DO UPDATE on system_setting.name PRIMARY KEY (two replicas starting together could each store a different secret, last writer wins; no duplicate row)
	if err != nil {
		return nil, errors.Wrap(err, "failed to get instance basic setting")
	}
	modified := false
	if instanceBasicSetting.SecretKey == "" {
		instanceBasicSetting.SecretKey = util.GenUUID()
		modified = true
	}
	if modified {
		instanceSetting, err := s.Store.UpsertInstanceSetting(ctx, &storepb.InstanceSetting{
			Key:   storepb.InstanceSettingKey_BASIC,
			Value: &storepb.InstanceSetting_BasicSetting{BasicSetting: instanceBasicSetting},
		})
		if err != nil {
			return nil, errors.Wrap(err, "failed to upsert instance setting")
		}
		instanceBasicSetting = instanceSetting.GetBasicSetting()
	}
	return instanceBasicSetting, nil
}
