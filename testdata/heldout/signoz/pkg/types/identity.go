// Package types reproduces, trimmed, github.com/SigNoz/signoz/pkg/types
// (identity.go, auditable.go, user.go, factor_password.go, organization.go).
package types

import (
	"time"

	"example.com/heldout/signoz/pkg/valuer"
)

// Identifiable reproduces pkg/types/identity.go:7: every model's primary key
// is a text UUID (v7) generated in Go.
type Identifiable struct {
	ID valuer.UUID `json:"id" bun:"id,pk,type:text" required:"true"`
}

// TimeAuditable reproduces pkg/types/auditable.go:5.
type TimeAuditable struct {
	CreatedAt time.Time `bun:"created_at" json:"createdAt"`
	UpdatedAt time.Time `bun:"updated_at" json:"updatedAt"`
}

type UserAuditable struct {
	CreatedBy string `bun:"created_by,type:text" json:"createdBy"`
	UpdatedBy string `bun:"updated_by,type:text" json:"updatedBy"`
}
