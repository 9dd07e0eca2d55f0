package persistence

import (
	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/internal/flow/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/flow/infra/persistence/procdef.go
type procdefImpl struct {
	base.RepoImpl[*entity.Procdef]
}

func newProcdefRepo() repository.Procdef {
	return &procdefImpl{}
}

// server/internal/flow/infra/persistence/procinst.go
type procinstImpl struct {
	base.RepoImpl[*entity.Procinst]
}

func newProcinstRepo() repository.Procinst {
	return &procinstImpl{}
}

// server/internal/flow/infra/persistence/execution.go
type executionImpl struct {
	base.RepoImpl[*entity.Execution]
}

func newExecutionRepo() repository.Execution {
	return &executionImpl{}
}

// server/internal/flow/infra/persistence/his_procinst_op.go
type hisProcinstOpImpl struct {
	base.RepoImpl[*entity.HisProcinstOp]
}

func newHisProcinstOpRepo() repository.HisProcinstOp {
	return &hisProcinstOpImpl{}
}

func InitIoc() (repository.Procdef, repository.Procinst, repository.Execution, repository.HisProcinstOp) {
	return newProcdefRepo(), newProcinstRepo(), newExecutionRepo(), newHisProcinstOpRepo()
}
