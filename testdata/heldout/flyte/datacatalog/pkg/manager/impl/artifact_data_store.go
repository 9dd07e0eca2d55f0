package impl

import (
	"context"

	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
	"example.com/heldout/flyte/flytestdlib/storage"
)

// ArtifactDataStore reproduces (trimmed) datacatalog/pkg/manager/impl/artifact_data_store.go.
type ArtifactDataStore interface {
	PutData(ctx context.Context, artifact *datacatalog.Artifact, data *datacatalog.ArtifactData) (storage.DataReference, error)
	DeleteData(ctx context.Context, data storage.DataReference) error
}

type artifactDataStore struct {
	store         *storage.DataStore
	storagePrefix storage.DataReference
}

func (m *artifactDataStore) getDataLocation(ctx context.Context, artifact *datacatalog.Artifact, data *datacatalog.ArtifactData) (storage.DataReference, error) {
	dataset := artifact.GetDataset()
	return m.store.ConstructReference(ctx, m.storagePrefix, dataset.GetProject(), dataset.GetDomain(), dataset.GetName(), dataset.GetVersion(), artifact.GetId(), data.GetName())
}

// Store marshalled data in data.pb under the storage prefix
func (m *artifactDataStore) PutData(ctx context.Context, artifact *datacatalog.Artifact, data *datacatalog.ArtifactData) (storage.DataReference, error) {
	dataLocation, err := m.getDataLocation(ctx, artifact, data)
	if err != nil {
		return "", err
	}
	if err := m.store.WriteProtobuf(ctx, dataLocation, storage.Options{}, data.Value); err != nil {
		return "", err
	}
	return dataLocation, nil
}

func (m *artifactDataStore) DeleteData(ctx context.Context, data storage.DataReference) error {
	return nil
}

func NewArtifactDataStore(store *storage.DataStore, storagePrefix storage.DataReference) ArtifactDataStore {
	return &artifactDataStore{
		store:         store,
		storagePrefix: storagePrefix,
	}
}
