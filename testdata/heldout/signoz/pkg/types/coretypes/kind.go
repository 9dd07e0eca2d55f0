// Package coretypes reproduces, trimmed, github.com/SigNoz/signoz/pkg/types/coretypes.
package coretypes

import "example.com/heldout/signoz/pkg/valuer"

type Kind struct{ valuer.String }

var KindDashboard = Kind{valuer.NewString("dashboard")}
