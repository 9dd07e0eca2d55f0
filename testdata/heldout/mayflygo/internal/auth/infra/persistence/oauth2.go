package persistence

import (
	"example.com/heldout/mayflygo/internal/auth/domain/entity"
	"example.com/heldout/mayflygo/internal/auth/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

type oauth2AccountRepoImpl struct {
	base.RepoImpl[*entity.Oauth2Account]
}

func newAuthAccountRepo() repository.Oauth2Account {
	return &oauth2AccountRepoImpl{}
}

func InitIoc() repository.Oauth2Account {
	return newAuthAccountRepo()
}
