// Package tag reproduces, trimmed, github.com/SigNoz/signoz/pkg/modules/tag.
package tag

import (
	"context"

	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/types/tagtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type Module interface {
	SyncTags(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind, resourceID valuer.UUID, postable []tagtypes.PostableTag) ([]*tagtypes.Tag, error)
}
