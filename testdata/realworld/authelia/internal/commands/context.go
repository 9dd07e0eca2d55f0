package commands

import (
	"context"
	"io"

	"example.com/realworld/authelia/internal/storage"
)

// CmdCtx is the context the storage commands run with (upstream internal/commands/context.go,
// reduced: no cobra; each command runs once in its own process and closes the provider).
type CmdCtx struct {
	context.Context

	Out   io.Writer
	Store storage.Provider
}

// StorageBansRevokeUserRunE stands in for upstream StorageBansRevokeRunE("user") (storage_run.go:874).
func (ctx *CmdCtx) StorageBansRevokeUserRunE(target string) (err error) {
	defer func() { _ = ctx.Store.Close() }()

	return runStorageBansRevokeUser(ctx, ctx.Out, ctx.Store, 0, target)
}

// StorageUserTOTPGenerateRunE stands in for upstream StorageUserTOTPGenerateRunE (storage_run.go:1508).
func (ctx *CmdCtx) StorageUserTOTPGenerateRunE(generate TOTPGenerator, username, secret string, force bool) (err error) {
	defer func() { _ = ctx.Store.Close() }()

	return runStorageUserTOTPGenerate(ctx, ctx.Out, ctx.Store, generate, username, secret, force)
}

// StorageUserIdentifiersGenerateRunE stands in for upstream StorageUserIdentifiersGenerateRunE (storage_run.go:2062).
func (ctx *CmdCtx) StorageUserIdentifiersGenerateRunE(users, services, sectors []string) (err error) {
	defer func() { _ = ctx.Store.Close() }()

	return runStorageUserIdentifiersGenerate(ctx, ctx.Out, ctx.Store, users, services, sectors)
}
