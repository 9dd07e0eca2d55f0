package repository

import (
	"example.com/heldout/mayflygo/internal/auth/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

type Oauth2Account interface {
	base.Repo[*entity.Oauth2Account]
}
