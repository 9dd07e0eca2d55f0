package repository

import (
	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/flow/domain/repository/procdef.go
type Procdef interface {
	base.Repo[*entity.Procdef]
}

// server/internal/flow/domain/repository/procinst.go
type Procinst interface {
	base.Repo[*entity.Procinst]
}

// server/internal/flow/domain/repository/execution.go
type Execution interface {
	base.Repo[*entity.Execution]
}

// server/internal/flow/domain/repository/his_procinst_op.go
type HisProcinstOp interface {
	base.Repo[*entity.HisProcinstOp]
}
