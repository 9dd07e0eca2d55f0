// Package staging reproduces lakeFS pkg/graveler/staging/manager.go
// (Update only): the staged entries of a branch live in the kv partition named
// after the branch's staging token.
package staging

import (
	"context"
	"errors"

	"example.com/realworld/lakefs/pkg/graveler"
	"example.com/realworld/lakefs/pkg/kv"
)

type Manager struct {
	kvStore kv.Store
}

func NewManager(store kv.Store) *Manager {
	return &Manager{kvStore: store}
}

// StagedEntryData stands in for the generated protobuf message.
type StagedEntryData struct {
	Key      []byte
	Identity []byte
	Data     []byte
}

func StagedEntryFromProto(pb *StagedEntryData) *graveler.Value {
	return &graveler.Value{Identity: pb.Identity, Data: pb.Data}
}

func ProtoFromStagedEntry(key []byte, v *graveler.Value) *StagedEntryData {
	return &StagedEntryData{Key: key, Identity: v.Identity, Data: v.Data}
}

func (m *Manager) Update(ctx context.Context, st graveler.StagingToken, key graveler.Key, updateFunc graveler.ValueUpdateFunc) error {
	oldValueProto := &StagedEntryData{}
	pred, err := kv.GetMsg(ctx, m.kvStore, graveler.StagingTokenPartition(st), key, oldValueProto) // safe: conditional write by design (If-None-Match / If-Match objects): the lost INSERT ... ON CONFLICT DO NOTHING surfaces as kv.ErrPredicateFailed -> ErrPreconditionFailed (412), the answer a conditional write must give
	if err != nil && !errors.Is(err, kv.ErrNotFound) {
		return err
	}
	var oldValue *graveler.Value
	if !errors.Is(err, kv.ErrNotFound) {
		oldValue = StagedEntryFromProto(oldValueProto)
	}
	updatedValue, err := updateFunc(oldValue)
	if err != nil {
		// report error or skip if ErrSkipValueUpdate
		if errors.Is(err, graveler.ErrSkipValueUpdate) {
			return nil
		}
		return err
	}
	return kv.SetMsgIf(ctx, m.kvStore, graveler.StagingTokenPartition(st), key, ProtoFromStagedEntry(key, updatedValue), pred)
}
