package repository

import (
	"example.com/heldout/mayflygo/internal/db/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/db/domain/repository/instance.go
type Instance interface {
	base.Repo[*entity.DbInstance]
}

// server/internal/db/domain/repository/db.go
type Db interface {
	base.Repo[*entity.Db]
}

// server/internal/db/domain/repository/db_sql.go
type DbSql interface {
	base.Repo[*entity.DbSql]
}

// server/internal/db/domain/repository/db_data_sync.go
type DataSyncTask interface {
	base.Repo[*entity.DataSyncTask]
}
