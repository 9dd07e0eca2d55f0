// Package jsonrpc reproduces web/rpc/jsonrpc/admin.plugin.go of
// komari-monitor/komari da4d5187c1b1 (the admin:setPluginConfiguration
// method, registered for rpc.RoleAdmin at admin.plugin.go:38 and bound to
// POST /api/admin/plugin/configuration, web/router/router.go:224).
package jsonrpc

import (
	"context"
	"strings"

	"example.com/heldout/komari/internal/plugin"
	"example.com/heldout/komari/pkg/rpc"
)

func adminGetPluginConfiguration(_ context.Context, req *rpc.JsonRpcRequest) (any, *rpc.JsonRpcError) {
	short, ok := rpc.GetParamAs[string](req, "short")
	if !ok || strings.TrimSpace(short) == "" {
		return nil, rpc.MakeError(rpc.InvalidParams, "short is required", nil)
	}
	values, err := plugin.GetConfiguration(short)
	if err != nil {
		return nil, rpc.MakeError(rpc.InternalError, err.Error(), nil)
	}
	return map[string]any{"data": values}, nil
}

func adminSetPluginConfiguration(_ context.Context, req *rpc.JsonRpcRequest) (any, *rpc.JsonRpcError) {
	short, ok := rpc.GetParamAs[string](req, "short")
	if !ok || strings.TrimSpace(short) == "" {
		return nil, rpc.MakeError(rpc.InvalidParams, "short is required", nil)
	}
	data, _ := rpc.GetParamAs[map[string]any](req, "data")
	if err := plugin.SaveConfiguration(short, data); err != nil {
		return nil, rpc.MakeError(rpc.InternalError, err.Error(), nil)
	}
	if err := plugin.Reload(short); err != nil {
		return nil, rpc.MakeError(rpc.InternalError, "plugin configuration saved but reload failed: "+err.Error(), nil)
	}
	return nil, nil
}

// Handlers lists the reproduced methods (stands in for the RPC registry).
var Handlers = map[string]func(context.Context, *rpc.JsonRpcRequest) (any, *rpc.JsonRpcError){
	"admin:getPluginConfiguration": adminGetPluginConfiguration,
	"admin:setPluginConfiguration": adminSetPluginConfiguration,
}
