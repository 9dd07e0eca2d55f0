package impl

import (
	"context"

	"example.com/heldout/flyte/datacatalog/pkg/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type artifactManager struct {
	repo          repositories.RepositoryInterface
	artifactStore ArtifactDataStore
}

// Create an Artifact along with the associated ArtifactData. The ArtifactData will be stored in an offloaded location.
// (artifact_manager.go:57; dataset lookup :73, insert :114)
func (m *artifactManager) CreateArtifact(ctx context.Context, request *datacatalog.CreateArtifactRequest) (*datacatalog.CreateArtifactResponse, error) {
	artifact := request.GetArtifact()
	datasetKey := transformers.FromDatasetID(artifact.GetDataset())

	// The dataset must exist for the artifact, let's verify that first
	dataset, err := m.repo.DatasetRepo().Get(ctx, datasetKey) // safe: parent-existence check; not found is an error and the insert (found path) writes the artifact keyed on the client's artifact id, whose duplicate fails on the artifacts PK with AlreadyExists whether concurrent or sequential
	if err != nil {
		return nil, err
	}

	// create Artifact Data offloaded storage files
	artifactDataModels := make([]models.ArtifactData, len(request.GetArtifact().GetData()))
	for i, artifactData := range request.GetArtifact().GetData() {
		dataLocation, err := m.artifactStore.PutData(ctx, artifact, artifactData)
		if err != nil {
			return nil, err
		}

		artifactDataModels[i].Name = artifactData.GetName()
		artifactDataModels[i].Location = dataLocation.String()
	}

	artifactModel, err := transformers.CreateArtifactModel(request, artifactDataModels, dataset)
	if err != nil {
		return nil, err
	}

	err = m.repo.ArtifactRepo().Create(ctx, artifactModel)
	if err != nil {
		return nil, err
	}

	return &datacatalog.CreateArtifactResponse{}, nil
}

type artifactQueryHandle interface {
	GetArtifactId() string
	GetTagName() string
}

// artifact_manager.go:179
func (m *artifactManager) findArtifact(ctx context.Context, datasetID *datacatalog.DatasetID, queryHandle artifactQueryHandle) (models.Artifact, error) {
	var artifactModel models.Artifact

	key := queryHandle.GetArtifactId()
	if len(key) > 0 {
		artifactKey := transformers.ToArtifactKey(datasetID, key)
		var err error
		artifactModel, err = m.repo.ArtifactRepo().Get(ctx, artifactKey)

		if err != nil {
			return models.Artifact{}, err
		}
	} else {
		key = queryHandle.GetTagName()

		tagKey := transformers.ToTagKey(datasetID, key)
		tag, err := m.repo.TagRepo().Get(ctx, tagKey)

		if err != nil {
			return models.Artifact{}, err
		}

		artifactModel = tag.Artifact
	}

	if len(artifactModel.ArtifactData) == 0 {
		return models.Artifact{}, errors.NewDataCatalogErrorf(codes.Internal, "artifact [%+v] with key %v does not have artifact data associated", artifactModel, key)
	}

	return artifactModel, nil
}

// UpdateArtifact updates the given artifact, currently only allowing the associated ArtifactData to be replaced.
// (artifact_manager.go:313; lookup :328, update + ON CONFLICT DO NOTHING upsert :384 -> artifact.go:141/:172)
func (m *artifactManager) UpdateArtifact(ctx context.Context, request *datacatalog.UpdateArtifactRequest) (*datacatalog.UpdateArtifactResponse, error) {
	// artifact must already exist, verify first
	artifactModel, err := m.findArtifact(ctx, request.GetDataset(), request) // safe: the lookup guards an update of the found artifact; its artifact_data rows are written with INSERT ... ON CONFLICT DO NOTHING on the artifact_data PK
	if err != nil {
		return nil, err
	}

	// artifactModel needs to be updated with new SerializedMetadata
	serializedMetadata, err := transformers.SerializedMetadata(request.GetMetadata())
	if err != nil {
		return nil, err
	}
	artifactModel.SerializedMetadata = serializedMetadata

	artifact, err := transformers.FromArtifactModel(artifactModel)
	if err != nil {
		return nil, err
	}

	// overwrite existing artifact data and upload new entries
	artifactDataModels := make([]models.ArtifactData, len(request.GetData()))
	for i, artifactData := range request.GetData() {
		dataLocation, err := m.artifactStore.PutData(ctx, artifact, artifactData)
		if err != nil {
			return nil, err
		}

		artifactDataModels[i].Name = artifactData.GetName()
		artifactDataModels[i].Location = dataLocation.String()
	}

	// update artifact in DB, also replaces/upserts associated artifact data
	artifactModel.ArtifactData = artifactDataModels

	err = m.repo.ArtifactRepo().Update(ctx, artifactModel)
	if err != nil {
		return nil, err
	}

	return &datacatalog.UpdateArtifactResponse{
		ArtifactId: artifactModel.ArtifactID,
	}, nil
}

func NewArtifactManager(repo repositories.RepositoryInterface, artifactStore ArtifactDataStore) *artifactManager {
	return &artifactManager{
		repo:          repo,
		artifactStore: artifactStore,
	}
}
