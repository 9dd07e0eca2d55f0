package session

import (
	"net/http"
	"time"

	"example.com/realworld/woodpecker/server"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/third_party/gin"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

// User is server/router/middleware/session/user.go User.
func User(c *gin.Context) *model.User {
	v, ok := c.Get("user")
	if !ok {
		return nil
	}
	u, ok := v.(*model.User)
	if !ok {
		return nil
	}
	return u
}

// Repo is server/router/middleware/session/repo.go Repo.
func Repo(c *gin.Context) *model.Repo {
	v, ok := c.Get("repo")
	if !ok {
		return nil
	}
	r, ok := v.(*model.Repo)
	if !ok {
		return nil
	}
	return r
}

// SetPerm is server/router/middleware/session/repo.go:104, reduced. It runs
// on every /repos/{repo_id}/... API request: when the stored permission is
// missing or older than an hour it is re-synced from the forge through
// PermUpsert (the get-or-create of R6 lives inside PermUpsert).
func SetPerm() gin.HandlerFunc {
	return func(c *gin.Context) {
		_store := store.FromContext(c)
		user := User(c)
		repo := Repo(c)
		_forge, err := server.Config.Services.Manager.ForgeFromRepo(repo)
		if err != nil {
			log.Error().Err(err).Msg("Cannot get forge from repo")
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}

		perm := new(model.Perm)

		if user != nil {
			var err error
			perm, err = _store.PermFind(user, repo)
			if err != nil {
				log.Error().Err(err).Msgf("error fetching permission for %s %s",
					user.Login, repo.FullName)
			}
			// a user of another forge has no permissions on this repo and
			// their token must not be sent to the repo's forge
			if user.ForgeID == repo.ForgeID && time.Unix(perm.Synced, 0).Add(time.Hour).Before(time.Now()) {
				_repo, err := _forge.Repo(c, user, repo.ForgeRemoteID, repo.Owner, repo.Name)
				if err == nil {
					log.Debug().Msgf("synced user permission for %s %s", user.Login, repo.FullName)
					_repo.ForgeID = repo.ForgeID
					perm = _repo.Perm
					perm.RepoID = repo.ID
					perm.UserID = user.ID
					perm.Synced = time.Now().Unix()
					if err := _store.PermUpsert(perm); err != nil {
						_ = c.AbortWithError(http.StatusInternalServerError, err)
						return
					}
				}
			}
		}

		if perm == nil {
			perm = new(model.Perm)
		}

		c.Set("perm", perm)
		c.Next()
	}
}
