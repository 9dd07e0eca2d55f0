package impl

import (
	"context"

	"example.com/heldout/flyte/flyteadmin/pkg/manager/impl/util"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
)

type NamedEntityManager struct {
	db repoInterfaces.Repository
}

// UpdateNamedEntity reproduces named_entity_manager.go:38 (-> NamedEntityRepo.Update :53).
func (m *NamedEntityManager) UpdateNamedEntity(ctx context.Context, request *admin.NamedEntityUpdateRequest) (
	*admin.NamedEntityUpdateResponse, error) {
	// Ensure entity exists before trying to update it
	_, err := util.GetNamedEntity(ctx, m.db, request.GetResourceType(), request.GetId())
	if err != nil {
		return nil, err
	}

	metadataModel := transformers.CreateNamedEntityModel(request)
	err = m.db.NamedEntityRepo().Update(ctx, metadataModel)
	if err != nil {
		return nil, err
	}
	return &admin.NamedEntityUpdateResponse{}, nil
}

func NewNamedEntityManager(db repoInterfaces.Repository) *NamedEntityManager {
	return &NamedEntityManager{db: db}
}
