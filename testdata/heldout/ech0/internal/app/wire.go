// Package app checks, as upstream's Wire sets do, that each repository
// satisfies the port its service declares.
package app

import (
	"example.com/heldout/ech0/internal/kvstore"
	authRepo "example.com/heldout/ech0/internal/repository/auth"
	commentRepo "example.com/heldout/ech0/internal/repository/comment"
	connectRepo "example.com/heldout/ech0/internal/repository/connect"
	echoRepo "example.com/heldout/ech0/internal/repository/echo"
	embeddingRepo "example.com/heldout/ech0/internal/repository/embedding"
	fileRepo "example.com/heldout/ech0/internal/repository/file"
	"example.com/heldout/ech0/internal/repository/keyvalue"
	userRepo "example.com/heldout/ech0/internal/repository/user"
	authService "example.com/heldout/ech0/internal/service/auth"
	commentService "example.com/heldout/ech0/internal/service/comment"
	connectService "example.com/heldout/ech0/internal/service/connect"
	echoService "example.com/heldout/ech0/internal/service/echo"
	embeddingService "example.com/heldout/ech0/internal/service/embedding"
	fileService "example.com/heldout/ech0/internal/service/file"
	userService "example.com/heldout/ech0/internal/service/user"
)

var (
	_ kvstore.Backend             = (*keyvalue.KeyValueRepository)(nil)
	_ userService.Repository      = (*userRepo.UserRepository)(nil)
	_ echoService.Repository      = (*echoRepo.EchoRepository)(nil)
	_ fileService.FileRepository  = (*fileRepo.FileRepository)(nil)
	_ authService.Repository      = (*authRepo.AuthRepository)(nil)
	_ commentService.Repository   = (*commentRepo.CommentRepository)(nil)
	_ connectService.Repository   = (*connectRepo.ConnectRepository)(nil)
	_ embeddingService.Repository = (*embeddingRepo.EmbeddingRepository)(nil)
)
