package impl

import (
	"context"

	"example.com/heldout/flyte/datacatalog/pkg/errors"
	"example.com/heldout/flyte/datacatalog/pkg/repositories"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/models"
	"example.com/heldout/flyte/datacatalog/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/datacatalog"
)

type tagManager struct {
	repo repositories.RepositoryInterface
}

// AddTag reproduces tag_manager.go:36 (dataset lookup :51, artifact lookup :58, insert :65).
func (m *tagManager) AddTag(ctx context.Context, request *datacatalog.AddTagRequest) (*datacatalog.AddTagResponse, error) {
	// verify the artifact and dataset exists before adding a tag to it
	datasetID := request.GetTag().GetDataset()

	datasetKey := transformers.FromDatasetID(datasetID)
	dataset, err := m.repo.DatasetRepo().Get(ctx, datasetKey) // safe: parent-existence checks (dataset, then artifact); not found is an error, and the tag insert on the found path fails on the tags PK with AlreadyExists for a duplicate, concurrent or not
	if err != nil {
		return nil, err
	}

	artifactKey := transformers.ToArtifactKey(datasetID, request.GetTag().GetArtifactId())
	_, err = m.repo.ArtifactRepo().Get(ctx, artifactKey)
	if err != nil {
		return nil, err
	}

	tagKey := transformers.ToTagKey(datasetID, request.GetTag().GetName())
	err = m.repo.TagRepo().Create(ctx, models.Tag{
		TagKey:      tagKey,
		ArtifactID:  request.GetTag().GetArtifactId(),
		DatasetUUID: dataset.UUID,
	})
	if err != nil {
		if errors.IsAlreadyExistsError(err) {
			return nil, err
		}

		return nil, err
	}

	return &datacatalog.AddTagResponse{}, nil
}

func NewTagManager(repo repositories.RepositoryInterface) *tagManager {
	return &tagManager{
		repo: repo,
	}
}
