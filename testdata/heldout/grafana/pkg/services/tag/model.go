package tag

// Upstream: pkg/services/tag/model.go (not read; Tag is the plain
// id/key/value row of table tag).
type Tag struct {
	Id    int64
	Key   string
	Value string
}
