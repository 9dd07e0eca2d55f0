// Package git is a reduced stand-in for internal/git of opengist (it shells
// out to git upstream); only the functions the sites call are kept, as no-ops.
package git

import "path/filepath"

// ReposDirectory reproduces internal/git/commands.go (ReposDirectory).
const ReposDirectory = "repos"

// RepositoryPath returns the on-disk path of a gist repository.
func RepositoryPath(user string, gistId string) string {
	return filepath.Join("/tmp/opengist", ReposDirectory, user, gistId)
}

// InitRepository creates the bare repository (git init --bare upstream).
func InitRepository(user string, gist string) error { return nil }

// ForkClone clones a repository for a fork.
func ForkClone(userSrc string, gistSrc string, userDst string, gistDst string) error { return nil }
