// Package r2e reproduces pkg/mapper/entity_restapi/r2e (trimmed).
package r2e

import (
	"example.com/heldout/flagr/pkg/entity"
	"example.com/heldout/flagr/pkg/util"
	"example.com/heldout/flagr/swagger_gen/models"
)

// MapDistributions reproduces r2e.go:13.
func MapDistributions(r []*models.Distribution, segmentID uint) []entity.Distribution {
	e := make([]entity.Distribution, len(r))
	for i, d := range r {
		e[i] = MapDistribution(d, segmentID)
	}
	return e
}

// MapDistribution reproduces r2e.go:22.
func MapDistribution(r *models.Distribution, segmentID uint) entity.Distribution {
	e := entity.Distribution{
		SegmentID:  segmentID,
		VariantID:  uint(*r.VariantID),
		VariantKey: util.SafeString(r.VariantKey),
		Percent:    uint(*r.Percent),
	}
	return e
}
