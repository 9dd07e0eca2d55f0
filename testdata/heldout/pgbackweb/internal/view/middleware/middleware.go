package middleware

import "example.com/heldout/pgbackweb/internal/service"

type Middleware struct {
	servs *service.Service
}

func New(servs *service.Service) *Middleware {
	return &Middleware{servs: servs}
}
