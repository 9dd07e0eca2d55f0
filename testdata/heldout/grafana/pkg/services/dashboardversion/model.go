package dashver

// Upstream: pkg/services/dashboardversion/model.go (trimmed).
type DeleteExpiredVersionsCommand struct {
	DeletedRows int64
}
