package pipeline

import (
	"example.com/realworld/woodpecker/pipeline/frontend/builder"
	forge_types "example.com/realworld/woodpecker/server/forge/types"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
)

// findOrPersistPipelineConfig is server/pipeline/config.go:24: the
// get-or-create itself is store.ConfigPersist (datastore/config.go:48).
func findOrPersistPipelineConfig(store store.Store, currentPipeline *model.Pipeline, forgeYamlConfig *forge_types.FileMeta) (*model.Config, error) {
	return store.ConfigPersist(&model.Config{
		RepoID: currentPipeline.RepoID,
		Name:   builder.SanitizePath(forgeYamlConfig.Name),
		Data:   forgeYamlConfig.Data,
	})
}
