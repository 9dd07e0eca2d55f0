// Package packages is trimmed from code.gitea.io/gitea/modules/packages.
package packages

import "io"

// HashSummer provide a Sums method
type HashSummer interface {
	Sums() (hashMD5, hashSHA1, hashSHA256, hashSHA512 []byte)
}

// HashedSizeReader provide a Size and Sums method
type HashedSizeReader interface {
	io.Reader
	HashSummer
	Size() int64
}
