package persistence

import (
	"example.com/heldout/mayflygo/internal/db/domain/entity"
	"example.com/heldout/mayflygo/internal/db/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/db/infra/persistence/db_instance.go
type instanceRepoImpl struct {
	base.RepoImpl[*entity.DbInstance]
}

func newInstanceRepo() repository.Instance {
	return &instanceRepoImpl{}
}

// server/internal/db/infra/persistence/db.go
type dbRepoImpl struct {
	base.RepoImpl[*entity.Db]
}

func newDbRepo() repository.Db {
	return &dbRepoImpl{}
}

// server/internal/db/infra/persistence/db_sql.go
type dbSqlRepoImpl struct {
	base.RepoImpl[*entity.DbSql]
}

func newDbSqlRepo() repository.DbSql {
	return &dbSqlRepoImpl{}
}

// server/internal/db/infra/persistence/db_data_sync.go
type dataSyncTaskRepositoryImpl struct {
	base.RepoImpl[*entity.DataSyncTask]
}

func newDataSyncTaskRepo() repository.DataSyncTask {
	return &dataSyncTaskRepositoryImpl{}
}

func InitIoc() (repository.Instance, repository.Db, repository.DbSql, repository.DataSyncTask) {
	return newInstanceRepo(), newDbRepo(), newDbSqlRepo(), newDataSyncTaskRepo()
}
