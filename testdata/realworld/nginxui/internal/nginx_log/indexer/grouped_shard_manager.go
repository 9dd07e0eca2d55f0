// Package indexer reproduces 0xJacky/nginx-ui 1df16d75f689 internal/nginx_log/indexer.
package indexer

import (
	"fmt"
	"sync"

	"github.com/google/uuid"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
)

// ShardGroup is internal/nginx_log/indexer/grouped_shard_manager.go:59 (trimmed).
type ShardGroup struct {
	UUID        string
	MainLogPath string
}

// GroupedShardManager is internal/nginx_log/indexer/grouped_shard_manager.go:33 (trimmed).
type GroupedShardManager struct {
	mu sync.RWMutex

	// mainLogPath -> uuid
	pathToUUID map[string]string

	// uuid -> group
	groups map[string]*ShardGroup
}

// getOrCreateGroup is internal/nginx_log/indexer/grouped_shard_manager.go:368
// (shard directory initialisation trimmed).
func (gsm *GroupedShardManager) getOrCreateGroup(mainLogPath string) (*ShardGroup, error) {
	// First check cache
	gsm.mu.RLock()
	if uuid, ok := gsm.pathToUUID[mainLogPath]; ok {
		if group, exists := gsm.groups[uuid]; exists {
			gsm.mu.RUnlock()
			return group, nil
		}
	}
	gsm.mu.RUnlock()

	// Cache miss, resolve/create UUID
	uuidStr, err := gsm.getOrCreateUUID(mainLogPath)
	if err != nil {
		return nil, err
	}

	gsm.mu.Lock()
	defer gsm.mu.Unlock()

	if group, exists := gsm.groups[uuidStr]; exists {
		return group, nil
	}

	// Initialize group directory and shards
	group := &ShardGroup{
		UUID:        uuidStr,
		MainLogPath: mainLogPath,
	}
	gsm.groups[uuidStr] = group
	gsm.pathToUUID[mainLogPath] = uuidStr
	return group, nil
}

// getOrCreateUUID is internal/nginx_log/indexer/grouped_shard_manager.go:587:
// Find the first record UUID for a MainLogPath in the DB; create a
// placeholder if not found.
func (gsm *GroupedShardManager) getOrCreateUUID(mainLogPath string) (string, error) {
	// First check cache
	gsm.mu.RLock()
	if uuid, ok := gsm.pathToUUID[mainLogPath]; ok {
		gsm.mu.RUnlock()
		return uuid, nil
	}
	gsm.mu.RUnlock()

	if query.NginxLogIndex == nil || query.Q == nil || !query.Q.Available() {
		return deterministicUUIDFromPath(mainLogPath), nil
	}

	q := query.NginxLogIndex
	// Get the first record in ascending order of creation time
	record, err := q.Where(q.MainLogPath.Eq(mainLogPath)).Order(q.CreatedAt).First() // race
	if err == nil && record != nil {
		return record.ID.String(), nil
	}

	// If not found, create a placeholder record: Path and MainLogPath are set to mainLogPath
	placeholder := &model.NginxLogIndex{
		BaseModelUUID: model.BaseModelUUID{},
		Path:          mainLogPath,
		MainLogPath:   mainLogPath,
		Enabled:       true,
	}
	if err := q.Create(placeholder); err != nil {
		return "", fmt.Errorf("failed to create placeholder NginxLogIndex for %s: %w", mainLogPath, err)
	}
	return placeholder.ID.String(), nil
}

// deterministicUUIDFromPath is internal/nginx_log/indexer/grouped_shard_manager.go:641.
func deterministicUUIDFromPath(path string) string {
	return uuid.NewMD5(uuid.Nil, []byte(path)).String()
}
