// Package git is trimmed from code.gitea.io/gitea/modules/git.
package git

// ArchiveType archive types
type ArchiveType int

const (
	ZIP   ArchiveType = iota + 1 // ZIP zip archive type
	TARGZ                        // TARGZ tar gz archive type
)
