package persistence

import (
	"example.com/heldout/mayflygo/internal/machine/domain/entity"
	"example.com/heldout/mayflygo/internal/machine/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type machineRepoImpl struct {
	base.RepoImpl[*entity.Machine]
}

func newMachineRepo() repository.Machine {
	return &machineRepoImpl{}
}

func InitIoc() repository.Machine {
	return newMachineRepo()
}
