package server

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"example.com/heldout/evcc/util/config"
)

type newFromConfFunc[T any] func(context.Context, string, map[string]any) (T, error)

var (
	dirty bool
	mu    sync.Mutex
)

// setConfigDirty sets the dirty flag indicating that a restart is required
func setConfigDirty() {
	mu.Lock()
	defer mu.Unlock()

	dirty = true
}

func startDeviceTimeout() (context.Context, context.CancelFunc, chan struct{}) {
	done := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())

	go func() {
		select {
		case <-time.After(10 * time.Second):
			// timeout - cancel context
			cancel()
		case <-done:
			// success
		}
	}()

	return ctx, cancel, done
}

// configReq is the decoded device request (trimmed).
type configReq struct {
	config.Properties
	Other map[string]any
}

func (c configReq) Serialise() map[string]any {
	return c.Other
}

func decodeDeviceConfig(r interface{ Read([]byte) (int, error) }) (configReq, error) {
	var res configReq
	err := json.NewDecoder(r).Decode(&res)
	return res, err
}

func jsonError(w http.ResponseWriter, status int, err error) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func jsonWrite(w http.ResponseWriter, content any) {
	_ = json.NewEncoder(w).Encode(content)
}
