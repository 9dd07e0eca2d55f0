// Package storage is a trimmed reproduction of flytestdlib/storage (project
// code): only what WorkflowManager.CreateWorkflow uses to offload the
// compiled closure before inserting the workflow row.
package storage

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
)

type DataReference string

func (r DataReference) String() string { return string(r) }

type Options struct{}

type DataStore struct {
	mu    sync.Mutex
	base  DataReference
	blobs map[DataReference][]byte
}

func NewDataStore(base DataReference) *DataStore {
	return &DataStore{base: base, blobs: map[DataReference][]byte{}}
}

func (s *DataStore) GetBaseContainerFQN(ctx context.Context) DataReference { return s.base }

func (s *DataStore) ConstructReference(ctx context.Context, reference DataReference, nestedKeys ...string) (DataReference, error) {
	return DataReference(strings.Join(append([]string{string(reference)}, nestedKeys...), "/")), nil
}

// WriteProtobuf stores msg at reference (json stands in for proto encoding).
func (s *DataStore) WriteProtobuf(ctx context.Context, reference DataReference, opts Options, msg interface{}) error {
	b, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blobs[reference] = b
	return nil
}
