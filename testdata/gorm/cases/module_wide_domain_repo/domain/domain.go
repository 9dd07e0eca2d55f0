// Package domain is a clean architecture's inner layer: its types and the
// repository interface, no ORM.
package domain

import "context"

type User struct {
	ID    uint
	Email string
}

type UserRepo interface {
	FindByEmail(ctx context.Context, email string) (*User, error)
	Create(ctx context.Context, email string) (*User, error)
}
