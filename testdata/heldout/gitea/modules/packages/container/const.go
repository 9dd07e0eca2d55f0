// Package container is trimmed from code.gitea.io/gitea/modules/packages/container.
package container

const (
	UploadVersion      = "_upload"
	PropertyRepository = "container.repository"
)
