// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import "example.com/heldout/artalk/server/common"

// Map reproduces server/handler/utils.go:5.
type Map = common.Map
