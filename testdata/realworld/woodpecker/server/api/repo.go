package api

import (
	"encoding/base32"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"example.com/realworld/woodpecker/server"
	"example.com/realworld/woodpecker/server/forge"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/router/middleware/session"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/server/store/types"
	"example.com/realworld/woodpecker/shared/token"
	"example.com/realworld/woodpecker/third_party/gin"
	"example.com/realworld/woodpecker/third_party/random"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

// getOrCreateOrg resolves the org named owner on the given forge, creating it
// from forge data if it is not known yet (server/api/repo.go:42). Called by
// PostRepo (:151) and MoveRepo (:617).
func getOrCreateOrg(c *gin.Context, _store store.Store, _forge forge.Forge, user *model.User, forgeID int64, owner string) (*model.Org, error) {
	org, err := _store.OrgFindByName(owner, forgeID) // race
	if err != nil && !errors.Is(err, types.ErrRecordNotExist) {
		return nil, err
	}

	// create an org if it doesn't exist yet
	if errors.Is(err, types.ErrRecordNotExist) {
		org, err = _forge.Org(c, user, owner)
		if err != nil {
			return nil, fmt.Errorf("failed to fetch organization from forge: %w", err)
		}

		org.ForgeID = forgeID
		err = _store.OrgCreate(org)
		if err != nil {
			return nil, fmt.Errorf("failed to create organization: %w", err)
		}
	}

	return org, nil
}

// PostRepo is server/api/repo.go:74 (POST /api/repos?forge_remote_id=...,
// "activate a repository").
func PostRepo(c *gin.Context) {
	_store := store.FromContext(c)
	user := session.User(c)
	_forge, err := server.Config.Services.Manager.ForgeFromUser(user)
	if err != nil {
		log.Error().Err(err).Msg("Cannot get forge from user")
		_ = c.AbortWithError(http.StatusInternalServerError, err)
		return
	}

	forge.Refresh(c, _forge, _store, user)

	forgeRemoteID := model.ForgeRemoteID(c.Query("forge_remote_id"))
	if !forgeRemoteID.IsValid() {
		c.String(http.StatusBadRequest, "No forge_remote_id provided")
		return
	}

	repo, err := _store.GetRepoForgeID(user.ForgeID, forgeRemoteID) // race
	// if there's no error, the repo was found and enabled once already
	enabledOnce := err == nil
	if enabledOnce && repo.IsActive {
		c.String(http.StatusConflict, "Repository is already active.")
		return
	} else if err != nil && !errors.Is(err, types.ErrRecordNotExist) {
		msg := "could not get repo by remote id from store."
		log.Error().Err(err).Msg(msg)
		c.String(http.StatusInternalServerError, msg)
		return
	}

	from, err := _forge.Repo(c, user, forgeRemoteID, "", "")
	if err != nil {
		c.String(http.StatusInternalServerError, "Could not fetch repository from forge.")
		return
	}
	if !from.Perm.Admin {
		c.String(http.StatusForbidden, "User has to be a admin of this repository")
		return
	}

	from.ForgeID = user.ForgeID
	if enabledOnce {
		repo.Update(from)
	} else {
		repo = from
		repo.RequireApproval = server.Config.Pipeline.DefaultApprovalMode
		repo.AllowPull = server.Config.Pipeline.DefaultAllowPullRequests
		repo.AllowDeploy = false
		repo.CancelPreviousPipelineEvents = server.Config.Pipeline.DefaultCancelPreviousPipelineEvents
	}
	repo.IsActive = true
	repo.UserID = user.ID

	if repo.Visibility == "" {
		repo.Visibility = model.VisibilityPublic
		if repo.IsSCMPrivate {
			repo.Visibility = model.VisibilityPrivate
		}
	}

	if repo.Timeout == 0 {
		repo.Timeout = server.Config.Pipeline.DefaultTimeout
	} else if repo.Timeout > server.Config.Pipeline.MaxTimeout {
		repo.Timeout = server.Config.Pipeline.MaxTimeout
	}

	if repo.Hash == "" {
		repo.Hash = base32.StdEncoding.EncodeToString(
			random.GetRandomBytes(32),
		)
	}

	// find org of repo
	org, err := getOrCreateOrg(c, _store, _forge, user, user.ForgeID, repo.Owner)
	if err != nil {
		msg := fmt.Sprintf("Could not find or create organization %s.", repo.Owner)
		log.Error().Err(err).Msg(msg)
		c.String(http.StatusInternalServerError, msg)
		return
	}

	repo.OrgID = org.ID

	// creates the jwt token used to verify the repository
	t := token.New(token.HookToken)
	t.Set("repo-forge-remote-id", string(forgeRemoteID))
	t.Set("forge-id", strconv.FormatInt(repo.ForgeID, 10))
	sig, err := t.Sign(repo.Hash)
	if err != nil {
		msg := "could not generate new jwt token."
		log.Error().Err(err).Msg(msg)
		c.String(http.StatusInternalServerError, msg)
		return
	}

	hookURL := fmt.Sprintf(
		"%s/api/hook?access_token=%s",
		server.Config.Server.WebhookHost,
		sig,
	)

	// the forge drivers' Activate first deletes the existing hooks pointing
	// at this server (e.g. server/forge/github/github.go:611 Deactivate) and
	// then creates a new one signed with this request's repo.Hash
	err = _forge.Activate(c, user, repo, hookURL)
	if err != nil {
		msg := "could not create webhook in forge."
		log.Error().Err(err).Msg(msg)
		c.String(http.StatusInternalServerError, msg)
		return
	}

	if enabledOnce {
		err = _store.UpdateRepo(repo)
	} else {
		err = _store.CreateRepo(repo)
	}
	if err != nil {
		if errors.Is(err, types.ErrInsertDuplicateDetected) {
			c.String(http.StatusConflict, "Repository already exists in Woodpecker. Remove the stale repository entry and try again.")
			return
		}
		msg := "could not create/update repo in store."
		log.Error().Err(err).Msg(msg)
		c.String(http.StatusInternalServerError, msg)
		return
	}

	repo.Perm = from.Perm
	repo.Perm.Synced = time.Now().Unix()
	repo.Perm.UserID = user.ID
	repo.Perm.RepoID = repo.ID
	err = _store.PermUpsert(repo.Perm)
	if err != nil {
		c.String(http.StatusInternalServerError, err.Error())
		return
	}

	c.JSON(http.StatusOK, repo)
}

// repairRepoUser is server/api/repo.go:820 (POST /api/repos/{id}/repair ->
// repairRepo :735 -> here).
func repairRepoUser(c *gin.Context, repo *model.Repo, _store store.Store) (*model.User, error) {
	repoUser, err := _store.GetUser(repo.UserID) // safe: a missing owner only triggers an UPDATE of the repo's own row (user_id), nothing is inserted
	if err != nil {
		if errors.Is(err, types.ErrRecordNotExist) {
			oldUserID := repo.UserID
			sessionUser := session.User(c)
			repo.UserID = sessionUser.ID
			err = _store.UpdateRepo(repo)
			if err != nil {
				return nil, err
			}
			log.Debug().Msgf("Could not find repo user with ID %d during repo repair, set to repair request user with ID %d", oldUserID, sessionUser.ID)
			return sessionUser, nil
		}
		return nil, err
	}

	return repoUser, nil
}

// RepairRepo is server/api/repo.go:548, reduced to the repairRepoUser step.
func RepairRepo(c *gin.Context) {
	repo := session.Repo(c)
	if _, err := repairRepoUser(c, repo, store.FromContext(c)); err != nil {
		log.Error().Err(err).Msgf("repair repo '%s' failed", repo.FullName)
		_ = c.AbortWithError(http.StatusInternalServerError, err)
		return
	}

	c.Status(http.StatusNoContent)
}
