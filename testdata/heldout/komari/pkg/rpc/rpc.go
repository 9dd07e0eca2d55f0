// Package rpc reproduces pkg/rpc of komari-monitor/komari da4d5187c1b1,
// trimmed to the request/error types the reproduced admin handler uses.
package rpc

import (
	"encoding/json"
)

// JSON-RPC error codes (pkg/rpc/errors.go:18-25).
const (
	InvalidParams = -32602
	InternalError = -32603
	NotFound      = -32044
)

// JsonRpcRequest reproduces pkg/rpc/request.go:13.
type JsonRpcRequest struct {
	Version string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params,omitempty"`
	ID      any    `json:"id,omitempty"`
}

// JsonRpcError reproduces pkg/rpc/errors.go.
type JsonRpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// MakeError reproduces pkg/rpc/errors.go:39.
func MakeError(code int, msg string, data any) *JsonRpcError {
	return &JsonRpcError{Code: code, Message: msg, Data: data}
}

// GetParamAs reproduces pkg/rpc/request.go:58.
func GetParamAs[T any](req *JsonRpcRequest, name string) (val T, ok bool) {
	if req == nil || req.Params == nil {
		return
	}
	if m, isMap := req.Params.(map[string]any); isMap {
		raw, exists := m[name]
		if !exists {
			return
		}
		if v, good := raw.(T); good {
			return v, true
		}
		b, err := json.Marshal(raw)
		if err != nil {
			return
		}
		var t T
		if err = json.Unmarshal(b, &t); err != nil {
			return
		}
		return t, true
	}
	return
}
