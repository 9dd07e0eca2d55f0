package jwk

import (
	"context"
	"example.com/heldout/vela/pkg/jwx/jwk"
)

// JWKInterface reproduces database/jwk/interface.go (trimmed to the methods the
// reproduced paths call).
type JWKInterface interface {
	CreateJWKTable(context.Context, string) error
	CreateJWK(context.Context, jwk.RSAPublicKey) error
	GetActiveJWK(context.Context, string) (jwk.RSAPublicKey, error)
}
