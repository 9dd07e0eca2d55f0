// Package e2r reproduces pkg/mapper/entity_restapi/e2r (trimmed to the
// mappers used here).
package e2r

import (
	"example.com/heldout/flagr/pkg/entity"
	"example.com/heldout/flagr/swagger_gen/models"
)

// MapFlag maps a flag (trimmed).
func MapFlag(e *entity.Flag) (*models.Flag, error) {
	return &models.Flag{ID: int64(e.ID), Key: e.Key}, nil
}

// MapTag maps a tag.
func MapTag(e *entity.Tag) *models.Tag {
	v := e.Value
	return &models.Tag{ID: int64(e.ID), Value: &v}
}

// MapDistributions maps distributions.
func MapDistributions(e []entity.Distribution) []*models.Distribution {
	ret := make([]*models.Distribution, len(e))
	for i := range e {
		p := int64(e[i].Percent)
		vid := int64(e[i].VariantID)
		k := e[i].VariantKey
		ret[i] = &models.Distribution{ID: int64(e[i].ID), Percent: &p, VariantID: &vid, VariantKey: &k}
	}
	return ret
}
