package models

// Reproduces backend/models/storage.go of diggerhq/digger at
// 9b9539be7bb7cea946f0f3e20cdffc4b59324f0f: only the functions on the
// get-or-create paths, copied verbatim (gofmt-formatted; the markers and the
// "Site" comments are the only additions).

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"example.com/heldout/digger/libs/digger_config/terragrunt/tac"

	configuration "example.com/heldout/digger/libs/digger_config"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// GetProjectByName reproduces backend/models/storage.go:232-266.
// GetProjectByName return project for specified org and repo
// if record doesn't exist return nil
func (db *Database) GetProjectByName(orgId any, repoFullName string, name string) (*Project, error) {
	slog.Info("getting project by name",
		slog.Group("project",
			"orgId", orgId,
			"repoFullName", repoFullName,
			"name", name))

	var project Project

	err := db.GormDB.Preload("Organisation").
		Joins("INNER JOIN organisations ON projects.organisation_id = organisations.id").
		Where("projects.organisation_id = ?", orgId).
		Where("repo_full_name = ?", repoFullName).
		Where("projects.name = ?", name).First(&project).Error

	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Debug("project not found",
				"orgId", orgId,
				"repoFullName", repoFullName,
				"name", name)
			return nil, nil
		}
		slog.Error("error fetching project from database",
			"error", err,
			"orgId", orgId,
			"repoFullname", repoFullName,
			"name", name)
		return nil, err
	}

	return &project, nil
}

// GithubRepoAdded reproduces backend/models/storage.go:459-489.
// GithubRepoAdded handles github drift that github repo has been added to the app installation
func (db *Database) GithubRepoAdded(installationId int64, appId int64, login string, accountId int64, repoFullName string) (*GithubAppInstallation, error) {
	// check if item exist already
	item := &GithubAppInstallation{}
	// Site R6: not found -> CreateGithubAppInstallation (Save of a new row); github_app_installations
	// has only the id primary key and a deleted_at index (migrations/20231227132525.sql:14-28).
	result := db.GormDB.Where("github_installation_id = ? AND repo=? AND github_app_id=?", installationId, repoFullName, appId).First(item) // race; no unique key: github_app_installations has no index on (github_installation_id, repo, github_app_id), only id PK and idx_github_app_installations_deleted_at (20231227132525.sql:14-28)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, fmt.Errorf("failed to find github installation in database. %v", result.Error)
		}
	}

	if result.RowsAffected == 0 {
		var err error
		item, err = db.CreateGithubAppInstallation(installationId, appId, login, int(accountId), repoFullName)
		if err != nil {
			return nil, fmt.Errorf("failed to save github installation item to database. %v", err)
		}
	} else {
		slog.Info("record for installation already exists",
			"installationId", installationId,
			"repo", repoFullName,
			"status", "active")
		item.Status = GithubAppInstallActive
		item.UpdatedAt = time.Now()
		err := db.GormDB.Save(item).Error
		if err != nil {
			return nil, fmt.Errorf("failed to update github installation in the database. %v", err)
		}
	}
	return item, nil
}

// GithubRepoRemoved reproduces backend/models/storage.go:491-512.
func (db *Database) GithubRepoRemoved(installationId int64, appId int64, repoFullName string) (*GithubAppInstallation, error) {
	item := &GithubAppInstallation{}
	err := db.GormDB.Where("github_installation_id = ? AND status=? AND github_app_id=? AND repo=?", installationId, GithubAppInstallActive, appId, repoFullName).First(item).Error // safe: the lookup only guards an update: ErrRecordNotFound returns nil, a found row gets Status deleted and Save by id
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Info("record not found for installation",
				"installationId", installationId,
				"appId", appId,
				"repo", repoFullName,
				"status", "active")
			return nil, nil
		}
		return nil, fmt.Errorf("failed to find github installation in database. %v", err)
	}
	item.Status = GithubAppInstallDeleted
	item.UpdatedAt = time.Now()
	err = db.GormDB.Save(item).Error
	if err != nil {
		return nil, fmt.Errorf("failed to update github installation in the database. %v", err)
	}
	return item, nil
}

// GetGithubAppInstallationLink reproduces backend/models/storage.go:563-578.
// GetGithubAppInstallationLink repoFullName should be in the following format: org/repo_name, for example "diggerhq/github-job-scheduler"
func (db *Database) GetGithubAppInstallationLink(installationId int64) (*GithubAppInstallationLink, error) {
	var link GithubAppInstallationLink
	result := db.GormDB.Preload("Organisation").Where("github_installation_id = ? AND status=?", installationId, GithubAppInstallationLinkActive).Find(&link)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, result.Error
		}
	}

	// If not found, the values will be default values, which means ID will be 0
	if link.Model.ID == 0 {
		return nil, nil
	}
	return &link, nil
}

// CreateGithubInstallationLink reproduces backend/models/storage.go:633-675.
func (db *Database) CreateGithubInstallationLink(org *Organisation, installationId int64) (*GithubAppInstallationLink, error) {
	l := GithubAppInstallationLink{}
	// check if there is already a link to another org, and throw an error in this case
	// Site R7: RowsAffected == 0 -> deactivate the org's other links and Save a new active link.
	result := db.GormDB.Preload("Organisation").Where("github_installation_id = ? AND status=?", installationId, GithubAppInstallationLinkActive).Find(&l) // race; no unique key: github_app_installation_links has only the non-unique idx_github_installation_org (github_installation_id, organisation_id) (20231227132525.sql:123)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, result.Error
		}
	}
	if result.RowsAffected > 0 {
		if l.OrganisationId != org.ID {
			return nil, fmt.Errorf("GitHub app installation %v already linked to another org ", installationId)
		}
		slog.Info("installation already linked to organization",
			"installationId", installationId,
			"orgName", org.Name)
		// record already exist, do nothing
		return &l, nil
	}

	var list []GithubAppInstallationLink
	// if there are other installation for this org, we need to make them inactive
	result = db.GormDB.Preload("Organisation").Where("github_installation_id <> ? AND organisation_id = ? AND status=?", installationId, org.ID, GithubAppInstallationLinkActive).Find(&list)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, result.Error
		}
	}
	for _, item := range list {
		item.Status = GithubAppInstallationLinkInactive
		db.GormDB.Save(&item)
	}

	link := GithubAppInstallationLink{Organisation: org, GithubInstallationId: installationId, Status: GithubAppInstallationLinkActive}
	result = db.GormDB.Save(&link)
	if result.Error != nil {
		return nil, result.Error
	}
	slog.Info("GitHub app installation link created successfully",
		"orgName", org.Name,
		"installationId", installationId)
	return &link, nil
}

// GetGithubInstallationLinkForInstallationId reproduces backend/models/storage.go:689-696.
func (db *Database) GetGithubInstallationLinkForInstallationId(installationId any) (*GithubAppInstallationLink, error) {
	l := GithubAppInstallationLink{}
	result := db.GormDB.Where("github_installation_id = ? AND status=?", installationId, GithubAppInstallationLinkActive).Find(&l)
	if result.Error != nil {
		return nil, result.Error
	}
	return &l, nil
}

// MakeGithubAppInstallationLinkInactive reproduces backend/models/storage.go:698-708.
func (db *Database) MakeGithubAppInstallationLinkInactive(link *GithubAppInstallationLink) (*GithubAppInstallationLink, error) {
	link.Status = GithubAppInstallationLinkInactive
	result := db.GormDB.Save(link)
	if result.Error != nil {
		slog.Error("failed to update GitHub app installation link",
			"id", link.ID,
			"error", result.Error)
		return nil, result.Error
	}
	return link, nil
}

// CreateImpactedProject reproduces backend/models/storage.go:710-727.
func (db *Database) CreateImpactedProject(repoFullName string, commitSha string, projcectName string, branch *string, prNumber *int) (*ImpactedProject, error) {
	ip := ImpactedProject{
		ID:           uuid.New(),
		RepoFullName: repoFullName,
		CommitSha:    commitSha,
		ProjectName:  projcectName,
		Branch:       branch,
		PrNumber:     prNumber,
		Planned:      false,
		Applied:      false,
	}
	err := db.GormDB.Create(&ip).Error
	if err != nil {
		slog.Error("failed to create impacted project", "error", err, "repoFullName", repoFullName, "commitSha", commitSha, "projcectName", projcectName)
		return nil, err
	}
	return &ip, nil
}

// GetImpactedProjects reproduces backend/models/storage.go:729-737.
func (db *Database) GetImpactedProjects(repoFullName string, commitSha string) ([]ImpactedProject, error) {
	var impactedProjects []ImpactedProject
	err := db.GormDB.Where("repo_full_name=? AND commit_sha = ?", repoFullName, commitSha).Find(&impactedProjects).Error
	if err != nil {
		slog.Error("failed to get impacted projects", "error", err, "repoFullName", repoFullName, "commitSha", commitSha)
		return nil, err
	}
	return impactedProjects, nil
}

// GetImpactedProjectSingle reproduces backend/models/storage.go:739-750.
func (db *Database) GetImpactedProjectSingle(repoFullName string, commitSha string, projectName string) (*ImpactedProject, error) {
	var impactedProject ImpactedProject
	err := db.GormDB.Where("repo_full_name=? AND commit_sha = ?", repoFullName, commitSha).Find(&impactedProject).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil
		}
		slog.Error("failed to get impacted projects", "error", err, "repoFullName", repoFullName, "commitSha", commitSha)
		return nil, err
	}
	return &impactedProject, nil
}

// UpdateDiggerJobLink reproduces backend/models/storage.go:817-843.
func (db *Database) UpdateDiggerJobLink(diggerJobId string, repoFullName string, githubJobId int64) (*GithubDiggerJobLink, error) {
	jobLink := GithubDiggerJobLink{}
	// check if there is already a link to another org, and throw an error in this case
	result := db.GormDB.Where("digger_job_id = ? AND repo_full_name=? ", diggerJobId, repoFullName).Find(&jobLink) // safe: the lookup only guards an update: RowsAffected == 1 -> Save of the found link by id, otherwise the empty link is returned without a write (no caller at this commit)
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			slog.Error("failed to update digger job link",
				"diggerJobId", diggerJobId,
				"repoFullName", repoFullName,
				"error", result.Error)
			return nil, result.Error
		}
	}
	if result.RowsAffected == 1 {
		jobLink.GithubJobId = githubJobId
		result = db.GormDB.Save(&jobLink)
		if result.Error != nil {
			return nil, result.Error
		}
		slog.Info("digger job link updated successfully",
			"diggerJobId", diggerJobId,
			"repoFullName", repoFullName,
			"githubJobId", githubJobId)
		return &jobLink, nil
	}
	return &jobLink, nil
}

// GetOrganisationById reproduces backend/models/storage.go:845-856.
func (db *Database) GetOrganisationById(orgId any) (*Organisation, error) {
	slog.Info("getting organisation by id",
		"orgId", orgId,
		"orgIdType", fmt.Sprintf("%T", orgId))

	org := Organisation{}
	err := db.GormDB.Where("id = ?", orgId).First(&org).Error
	if err != nil {
		return nil, fmt.Errorf("Error fetching organisation: %v", err)
	}
	return &org, nil
}

// GetOrganisation reproduces backend/models/storage.go:1481-1498.
func (db *Database) GetOrganisation(tenantId any) (*Organisation, error) {
	org := &Organisation{}
	result := db.GormDB.Take(org, "external_id = ?", tenantId)
	if result.Error != nil {
		if errors.Is(result.Error, gorm.ErrRecordNotFound) {
			slog.Debug("organisation not found", "tenantId", tenantId)
			return nil, nil
		} else {
			slog.Error("error fetching organisation",
				"tenantId", tenantId,
				"error", result.Error)
			return nil, result.Error
		}
	}

	slog.Debug("fetched organisation", "tenantId", tenantId, "orgId", org.ID)
	return org, nil
}

// GetUserByEmail reproduces backend/models/storage.go:1500-1509.
func (d *Database) GetUserByEmail(email string) (*User, error) {
	user := User{}
	err := d.GormDB.Where("email = ?", email).First(&user).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, nil
		}
	}
	return &user, err
}

// CreateUser reproduces backend/models/storage.go:1511-1534.
func (db *Database) CreateUser(email string, externalSource string, externalId string, orgId uint, username string) (*User, error) {
	user := &User{
		Email:          email,
		ExternalId:     externalId,
		ExternalSource: externalSource,
		OrganisationId: &orgId,
		Username:       username,
	}
	result := db.GormDB.Save(user)
	if result.Error != nil {
		slog.Error("failed to create user",
			"externalId", externalId,
			"email", email,
			"orgId", orgId,
			"error", result.Error)
		return nil, result.Error
	}
	slog.Info("user created successfully",
		"userId", user.ID,
		"externalId", externalId,
		"email", email,
		"orgId", orgId)
	return user, nil
}

// CreateOrganisation reproduces backend/models/storage.go:1536-1553.
func (db *Database) CreateOrganisation(name string, externalSource string, tenantId string, adminEmail *string) (*Organisation, error) {
	org := &Organisation{Name: name, ExternalSource: externalSource, ExternalId: tenantId, AdminEmail: adminEmail}
	result := db.GormDB.Save(org)
	if result.Error != nil {
		slog.Error("failed to create organisation",
			"name", name,
			"externalSource", externalSource,
			"tenantId", tenantId,
			"error", result.Error)
		return nil, result.Error
	}
	slog.Info("organisation created successfully",
		"name", name,
		"orgId", org.ID,
		"externalSource", externalSource,
		"tenantId", tenantId)
	return org, nil
}

// CreateProject reproduces backend/models/storage.go:1555-1583.
func (db *Database) CreateProject(name string, directory string, org *Organisation, repoFullName string, isGenerated bool, isInMainBranch bool) (*Project, error) {
	project := &Project{
		Name:           name,
		Directory:      directory,
		Organisation:   org,
		RepoFullName:   repoFullName,
		Status:         ProjectActive,
		IsGenerated:    isGenerated,
		IsInMainBranch: isInMainBranch,
	}
	result := db.GormDB.Save(project)
	if result.Error != nil {
		slog.Error("failed to create project",
			"name", name,
			"orgId", org.ID,
			"repoFullName", repoFullName,
			"error", result.Error)
		return nil, result.Error
	}
	slog.Info("project created successfully",
		slog.Group("project",
			"id", project.ID,
			"name", name,
			"orgId", org.ID,
			"repoFullName", repoFullName,
			"isGenerated", isGenerated,
			"isInMainBranch", isInMainBranch))
	return project, nil
}

// CreateRepo reproduces backend/models/storage.go:1600-1652.
func (db *Database) CreateRepo(name string, repoFullName string, repoOrganisation string, repoName string, repoUrl string, org *Organisation, diggerConfig string, installationId int64, githubAppId int64, defaultBranch string, cloneUrl string) (*Repo, error) {
	var repo Repo
	// check if repo exist already, do nothing in this case
	// Site R2: RowsAffected == 0 -> Save of a new Repo (name, organisation_id). The lookup is scoped
	// (deleted_at IS NULL) while idx_org_repo also holds soft-deleted rows.
	result := db.GormDB.Where("name = ? AND organisation_id=?", name, org.ID).Find(&repo) // race
	if result.Error != nil {
		if !errors.Is(result.Error, gorm.ErrRecordNotFound) {
			slog.Error("error checking for existing repo",
				"name", name,
				"orgId", org.ID,
				"error", result.Error)
			return nil, result.Error
		}
	}
	if result.RowsAffected > 0 {
		// record already exist, do nothing
		slog.Info("repo already exists, skipping creation",
			"name", name,
			"repoId", repo.ID,
			"orgId", org.ID)
		return &repo, nil
	}

	repo = Repo{
		Name:                    name,
		Organisation:            org,
		DiggerConfig:            diggerConfig,
		RepoFullName:            repoFullName,
		RepoOrganisation:        repoOrganisation,
		RepoName:                repoName,
		RepoUrl:                 repoUrl,
		GithubAppInstallationId: installationId,
		GithubAppId:             githubAppId,
		DefaultBranch:           defaultBranch,
		CloneUrl:                cloneUrl,
	}
	result = db.GormDB.Save(&repo)
	if result.Error != nil {
		slog.Error("failed to create repo",
			"name", name,
			"repoFullName", repoFullName,
			"orgId", org.ID,
			"error", result.Error)
		return nil, result.Error
	}
	slog.Info("repo created successfully",
		slog.Group("repo",
			"id", repo.ID,
			"name", name,
			"repoFullName", repoFullName,
			"orgId", org.ID,
			"repoUrl", repoUrl))
	return &repo, nil
}

// CreateGithubAppInstallation reproduces backend/models/storage.go:1751-1777.
func (db *Database) CreateGithubAppInstallation(installationId int64, githubAppId int64, login string, accountId int, repoFullName string) (*GithubAppInstallation, error) {
	installation := &GithubAppInstallation{
		GithubInstallationId: installationId,
		GithubAppId:          githubAppId,
		Login:                login,
		AccountId:            accountId,
		Repo:                 repoFullName,
		Status:               GithubAppInstallActive,
	}
	result := db.GormDB.Save(installation)
	if result.Error != nil {
		slog.Error("failed to create GitHub app installation",
			"installationId", installationId,
			"githubAppId", githubAppId,
			"repoFullName", repoFullName,
			"error", result.Error)
		return nil, result.Error
	}
	slog.Info("GitHub app installation created successfully",
		slog.Group("github",
			"installationId", installationId,
			"githubAppId", githubAppId,
			"login", login,
			"accountId", accountId,
			"repoFullName", repoFullName))
	return installation, nil
}

// RefreshProjectsFromRepo reproduces backend/models/storage.go:1789-1823.
func (db *Database) RefreshProjectsFromRepo(orgId string, config configuration.DiggerConfigYaml, repoFullName string) error {
	slog.Debug("UpdateRepoDiggerConfig, repo", "repoFullName", repoFullName)

	org, err := db.GetOrganisationById(orgId)
	if err != nil {
		return fmt.Errorf("error retrieving org by name: %v", err)
	}

	err = db.GormDB.Transaction(func(tx *gorm.DB) error {
		for _, dc := range config.Projects {
			slog.Debug("refreshing for project", "name", dc.Name, "dir", dc.Dir)
			projectName := dc.Name
			projectDirectory := dc.Dir
			// Site R3: p == nil -> CreateProject (Save); the statements run on db.GormDB, not on tx, so the
			// Transaction does not enclose them (and would not serialize them under READ COMMITTED anyway).
			p, err := db.GetProjectByName(orgId, repoFullName, projectName) // race
			if err != nil {
				return fmt.Errorf("error retrieving project by name: %v", err)
			}
			if p == nil {
				_, err := db.CreateProject(projectName, projectDirectory, org, repoFullName, false, true)
				if err != nil {
					return fmt.Errorf("could not create project: %v", err)
				}
			} else {
				p.Directory = projectDirectory
				db.GormDB.Save(p)
			}
		}
		return nil
	})

	if err != nil {
		return fmt.Errorf("error while updating projects from config: %v", err)
	}
	return nil
}

// CreateDiggerLock reproduces backend/models/storage.go:1834-1855.
func (db *Database) CreateDiggerLock(resource string, lockId int, orgId uint) (*DiggerLock, error) {
	lock := &DiggerLock{
		Resource:       resource,
		LockId:         lockId,
		OrganisationID: orgId,
	}
	result := db.GormDB.Save(lock)
	if result.Error != nil {
		slog.Error("failed to create digger lock",
			"resource", resource,
			"lockId", lockId,
			"orgId", orgId,
			"error", result.Error)
		return nil, result.Error
	}

	slog.Info("digger lock created successfully",
		"lockId", lock.LockId,
		"resource", lock.Resource,
		"orgId", orgId)
	return lock, nil
}

// GetDiggerLock reproduces backend/models/storage.go:1867-1886.
func (db *Database) GetDiggerLock(resource string) (*DiggerLock, error) {
	lock := &DiggerLock{}
	result := db.GormDB.Where("resource=? ", resource).First(lock)
	if result.Error != nil {
		if errors.Is(result.Error, gorm.ErrRecordNotFound) {
			slog.Debug("no lock found for resource", "resource", resource)
		} else {
			slog.Error("error fetching digger lock",
				"resource", resource,
				"error", result.Error)
		}
		return nil, result.Error
	}

	slog.Debug("found lock for resource",
		"resource", resource,
		"lockId", lock.LockId,
		"orgId", lock.OrganisationID)
	return lock, nil
}

// UpsertRepoCache reproduces backend/models/storage.go:1888-1959.
func (db *Database) UpsertRepoCache(orgId uint, repoFullName string, diggerYmlStr string, diggerConfig configuration.DiggerConfig, newAtlantisConfig *tac.AtlantisConfig) (*RepoCache, error) {
	var repoCache RepoCache

	configMarshalled, err := json.Marshal(diggerConfig)
	if err != nil {
		slog.Error("could not marshal digger config",
			"repoFullName", repoFullName,
			"orgId", orgId,
			"error", err)
		return nil, fmt.Errorf("could not marshal config: %v", err)
	}

	atlantisConfigMarshalled, err := json.Marshal(newAtlantisConfig)
	if err != nil {
		slog.Error("could not marshal terragrunt-atlantis-config",
			"repoFullName", repoFullName,
			"orgId", orgId,
			"error", err)
		return nil, fmt.Errorf("could not marshal config: %v", err)
	}

	// check if repo exist already, do nothing in this case
	// Site R10: RowsAffected == 0 -> Save of a new RepoCache.
	result := db.GormDB.Where("org_id = ? AND repo_full_name=?", orgId, repoFullName).Find(&repoCache) // race; no unique key: repo_caches has only the id PK and idx_repo_caches_deleted_at (20241114202249.sql:2-14); RepoCache has no unique tag (cache.go)
	if result.Error != nil {
		slog.Error("error checking for existing repo cache",
			"repoFullName", repoFullName,
			"orgId", orgId,
			"error", result.Error)
		return nil, result.Error
	}

	if result.RowsAffected > 0 {
		// record already exist, do nothing
		slog.Info("updating existing repo cache",
			"repoFullName", repoFullName,
			"orgId", orgId,
			"repoCacheId", repoCache.ID)

		repoCache.DiggerConfig = configMarshalled
		repoCache.DiggerYmlStr = diggerYmlStr
		repoCache.TerragruntAtlantisConfig = atlantisConfigMarshalled
		result = db.GormDB.Save(&repoCache)
	} else {
		// create record here
		slog.Info("creating new repo cache",
			"repoFullName", repoFullName,
			"orgId", orgId)

		repoCache = RepoCache{
			OrgId:                    orgId,
			RepoFullName:             repoFullName,
			DiggerYmlStr:             diggerYmlStr,
			DiggerConfig:             configMarshalled,
			TerragruntAtlantisConfig: atlantisConfigMarshalled,
		}
		result = db.GormDB.Save(&repoCache)
		if result.Error != nil {
			slog.Error("failed to create repo cache",
				"repoFullName", repoFullName,
				"orgId", orgId,
				"error", result.Error)
			return nil, result.Error
		}
	}

	slog.Info("repo cache operation completed successfully",
		"repoFullName", repoFullName,
		"orgId", orgId,
		"repoCacheId", repoCache.ID,
		"configSize", len(configMarshalled))
	return &repoCache, nil
}

// GetRepo reproduces backend/models/storage.go:362-394 (read by UpdateRepoCache).
// GetRepo returns digger repo by organisationId and repo name (diggerhq-digger)
// it will return an empty object if record doesn't exist in database
func (db *Database) GetRepo(orgIdKey any, repoName string) (*Repo, error) {
	slog.Info("getting repo by name",
		"orgId", orgIdKey,
		"repoName", repoName)

	var repo Repo

	err := db.GormDB.Preload("Organisation").
		Joins("INNER JOIN organisations ON repos.organisation_id = organisations.id").
		Where("organisations.id = ? AND repos.name=?", orgIdKey, repoName).First(&repo).Error

	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Debug("repo not found",
				"orgId", orgIdKey,
				"repoName", repoName)
			return nil, fmt.Errorf("repo not found %v", repoName)
		}
		slog.Error("failed to find digger repo",
			"error", err,
			"orgId", orgIdKey,
			"repoName", repoName)
		return nil, err
	}

	slog.Debug("found repo",
		"repoId", repo.ID,
		"orgId", orgIdKey,
		"repoName", repoName)
	return &repo, nil
}
