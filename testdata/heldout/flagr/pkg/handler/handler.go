package handler

import (
	"example.com/heldout/flagr/pkg/entity"
)

// getDB reproduces pkg/handler/handler.go:25.
var getDB = entity.GetDB
