package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"example.com/heldout/gorse/pkg/juju/errors"
	"example.com/heldout/gorse/pkg/lo"
	"example.com/heldout/gorse/pkg/mapset"
	"example.com/heldout/gorse/storage"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Open stands in for the creators registered in storage/data/sql.go:49-155
// (otelsql.Open + gorm.Open(mysql/postgres/sqlite/clickhouse dialector,
// storage.NewGORMConfig(tablePrefix))). MySQL is opened with the
// configured transaction isolation (sql.go:54-62); no code path of this
// store opens a transaction.
func Open(dialector gorm.Dialector, driver SQLDriver, tablePrefix string) (Database, error) {
	database := new(SQLDatabase)
	database.driver = driver
	database.TablePrefix = storage.TablePrefix(tablePrefix)
	var err error
	database.gormDB, err = gorm.Open(dialector, storage.NewGORMConfig(tablePrefix))
	if err != nil {
		return nil, errors.Trace(err)
	}
	database.client, err = database.gormDB.DB()
	if err != nil {
		return nil, errors.Trace(err)
	}
	return database, nil
}

// SQLDriver reproduces storage/data/sql.go:157.
type SQLDriver int

const (
	MySQL SQLDriver = iota
	Postgres
	ClickHouse
	SQLite
)

// SQLItem reproduces storage/data/sql.go:166 (table items, PK item_id).
type SQLItem struct {
	ItemId     string    `gorm:"column:item_id;primaryKey"`
	IsHidden   bool      `gorm:"column:is_hidden"`
	Categories string    `gorm:"column:categories"`
	Timestamp  time.Time `gorm:"column:time_stamp"`
	Labels     string    `gorm:"column:labels"`
	Comment    string    `gorm:"column:comment"`
}

// NewSQLItem reproduces storage/data/sql.go:175 (jsonutil.Marshal upstream,
// encoding/json here).
func NewSQLItem(item Item) (sqlItem SQLItem) {
	var buf []byte
	sqlItem.ItemId = item.ItemId
	sqlItem.IsHidden = item.IsHidden
	buf, _ = json.Marshal(item.Categories)
	sqlItem.Categories = string(buf)
	sqlItem.Timestamp = item.Timestamp
	buf, _ = json.Marshal(item.Labels)
	sqlItem.Labels = string(buf)
	sqlItem.Comment = item.Comment
	return
}

// SQLUser reproduces storage/data/sql.go:188 (table users, PK user_id).
type SQLUser struct {
	UserId  string `gorm:"column:user_id;primaryKey"`
	Labels  string `gorm:"column:labels"`
	Comment string `gorm:"column:comment"`
}

// NewSQLUser reproduces storage/data/sql.go:194.
func NewSQLUser(user User) (sqlUser SQLUser) {
	var buf []byte
	sqlUser.UserId = user.UserId
	buf, _ = json.Marshal(user.Labels)
	sqlUser.Labels = string(buf)
	sqlUser.Comment = user.Comment
	return
}

// SQLDatabase reproduces storage/data/sql.go:242.
type SQLDatabase struct {
	storage.TablePrefix
	gormDB *gorm.DB
	client *sql.DB
	driver SQLDriver
}

// Init reproduces storage/data/sql.go:264 (the schema: users PK user_id,
// items PK item_id, feedback PK (feedback_type, user_id, item_id); the
// ClickHouse case, sql.go:350-453, creates ReplacingMergeTree/MergeTree
// tables with ORDER BY and no uniqueness, and is left out).
func (d *SQLDatabase) Init() error {
	switch d.driver {
	case MySQL:
		// create tables
		type Items struct {
			ItemId     string    `gorm:"column:item_id;type:varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin not null;primaryKey"`
			IsHidden   bool      `gorm:"column:is_hidden;type:bool;not null"`
			Categories []string  `gorm:"column:categories;type:json;not null"`
			Timestamp  time.Time `gorm:"column:time_stamp;type:datetime;not null;index:time_stamp_index"`
			Labels     []string  `gorm:"column:labels;type:json;not null"`
			Comment    string    `gorm:"column:comment;type:text;not null"`
		}
		type Users struct {
			UserId  string   `gorm:"column:user_id;type:varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin not null;primaryKey"`
			Labels  []string `gorm:"column:labels;type:json;not null"`
			Comment string   `gorm:"column:comment;type:text;not null"`
		}
		type Feedback struct {
			FeedbackType string    `gorm:"column:feedback_type;type:varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin not null;primaryKey"`
			UserId       string    `gorm:"column:user_id;type:varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin not null;primaryKey;index:user_id"`
			ItemId       string    `gorm:"column:item_id;type:varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin not null;primaryKey;index:item_id"`
			Value        float64   `gorm:"column:value;type:float;not null;default:0"`
			Timestamp    time.Time `gorm:"column:time_stamp;type:datetime;not null"`
			Updated      time.Time `gorm:"column:updated;type:datetime;not null;default:'2000-01-01 00:00:00'"`
			Comment      string    `gorm:"column:comment;type:text;not null"`
		}
		err := d.gormDB.Set("gorm:table_options", "ENGINE=InnoDB").AutoMigrate(Users{}, Items{}, Feedback{})
		if err != nil {
			return errors.Trace(err)
		}
	case Postgres:
		// create tables
		type Items struct {
			ItemId     string    `gorm:"column:item_id;type:varchar(256) COLLATE \"C\";not null;primaryKey"`
			IsHidden   bool      `gorm:"column:is_hidden;type:bool;not null;default:false"`
			Categories string    `gorm:"column:categories;type:json;not null;default:'[]'"`
			Timestamp  time.Time `gorm:"column:time_stamp;type:timestamptz;not null;index:time_stamp_index"`
			Labels     string    `gorm:"column:labels;type:json;not null;default:'[]'"`
			Comment    string    `gorm:"column:comment;type:text;not null;default:''"`
		}
		type Users struct {
			UserId  string `gorm:"column:user_id;type:varchar(256) COLLATE \"C\" not null;primaryKey"`
			Labels  string `gorm:"column:labels;type:json;not null;default:'[]'"`
			Comment string `gorm:"column:comment;type:text;not null;default:''"`
		}
		type Feedback struct {
			FeedbackType string    `gorm:"column:feedback_type;type:varchar(256) COLLATE \"C\";not null;primaryKey"`
			UserId       string    `gorm:"column:user_id;type:varchar(256) COLLATE \"C\";not null;primaryKey;index:user_id_index"`
			ItemId       string    `gorm:"column:item_id;type:varchar(256) COLLATE \"C\";not null;primaryKey;index:item_id_index"`
			Value        float64   `gorm:"column:value;type:float8;not null;default:0"`
			Timestamp    time.Time `gorm:"column:time_stamp;type:timestamptz;not null"`
			Updated      time.Time `gorm:"column:updated;type:timestamptz;not null;default:'2000-01-01 00:00:00'"`
			Comment      string    `gorm:"column:comment;type:text;not null;default:''"`
		}
		err := d.gormDB.AutoMigrate(Users{}, Items{}, Feedback{})
		if err != nil {
			return errors.Trace(err)
		}
	case SQLite:
		// create tables
		type Items struct {
			ItemId     string `gorm:"column:item_id;type:varchar(256);not null;primaryKey"`
			IsHidden   bool   `gorm:"column:is_hidden;type:bool;not null;default:false"`
			Categories string `gorm:"column:categories;type:json;not null;default:'[]'"`
			Timestamp  string `gorm:"column:time_stamp;type:datetime;not null;default:'0001-01-01';index:time_stamp_index"`
			Labels     string `gorm:"column:labels;type:json;not null;default:'[]'"`
			Comment    string `gorm:"column:comment;type:text;not null;default:''"`
		}
		type Users struct {
			UserId  string `gorm:"column:user_id;type:varchar(256) not null;primaryKey"`
			Labels  string `gorm:"column:labels;type:json;not null;default:'null'"`
			Comment string `gorm:"column:comment;type:text;not null;default:''"`
		}
		type Feedback struct {
			FeedbackType string  `gorm:"column:feedback_type;type:varchar(256);not null;primaryKey"`
			UserId       string  `gorm:"column:user_id;type:varchar(256);not null;primaryKey;index:user_id_index"`
			ItemId       string  `gorm:"column:item_id;type:varchar(256);not null;primaryKey;index:item_id_index"`
			Value        float64 `gorm:"column:value;type:real;not null;default:0"`
			Timestamp    string  `gorm:"column:time_stamp;type:datetime;not null;default:'0001-01-01'"`
			Updated      string  `gorm:"column:updated;type:datetime;not null;default:'0001-01-01'"`
			Comment      string  `gorm:"column:comment;type:text;not null;default:''"`
		}
		err := d.gormDB.AutoMigrate(Users{}, Items{}, Feedback{})
		if err != nil {
			return errors.Trace(err)
		}
	}
	return nil
}

// BatchInsertItems reproduces storage/data/sql.go:489 (the non-ClickHouse
// branch :504-520; the ClickHouse branch :493-503 is a plain Create into a
// ReplacingMergeTree). An atomic upsert on the primary key item_id.
func (d *SQLDatabase) BatchInsertItems(ctx context.Context, items []Item) error {
	if len(items) == 0 {
		return nil
	}
	rows := make([]SQLItem, 0, len(items))
	memo := mapset.NewSet[string]()
	for _, item := range items {
		if !memo.Contains(item.ItemId) {
			memo.Add(item.ItemId)
			row := NewSQLItem(item)
			row.Timestamp = d.normalizeTimestampForWrite(row.Timestamp)
			rows = append(rows, row)
		}
	}
	err := d.gormDB.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "item_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"is_hidden", "categories", "time_stamp", "labels", "comment"}),
	}).Create(rows).Error
	return errors.Trace(err)
}

// BatchGetItems reproduces storage/data/sql.go:523 (category, hidden and time
// filters :537-562 trimmed).
func (d *SQLDatabase) BatchGetItems(ctx context.Context, itemIds []string, opts GetOptions) ([]Item, error) {
	if len(itemIds) == 0 {
		return nil, nil
	}
	var selectFields string
	if opts.ReturnId {
		selectFields = "item_id"
	} else {
		selectFields = "item_id, is_hidden, categories, time_stamp, labels, comment"
	}
	query := d.gormDB.WithContext(ctx).
		Table(d.ItemsTable()).
		Select(selectFields).
		Where("item_id IN ?", itemIds)
	if opts.SkipHidden {
		query = query.Where("is_hidden = ?", false)
	}
	result, err := query.Rows()
	if err != nil {
		return nil, errors.Trace(err)
	}
	defer result.Close()
	var items []Item
	for result.Next() {
		var item Item
		if err = d.gormDB.ScanRows(result, &item); err != nil {
			return nil, errors.Trace(err)
		}
		items = append(items, item)
	}
	return items, nil
}

// GetItem reproduces storage/data/sql.go:599 (a repository read; the
// decision on "not found" is taken by its callers, server/rest.go).
func (d *SQLDatabase) GetItem(ctx context.Context, itemId string) (Item, error) {
	var result *sql.Rows
	var err error
	result, err = d.gormDB.WithContext(ctx).
		Table(d.ItemsTable()).
		Select("item_id, is_hidden, categories, time_stamp, labels, comment").
		Where("item_id = ?", itemId).Rows()
	if err != nil {
		return Item{}, errors.Trace(err)
	}
	defer result.Close()
	if result.Next() {
		var item Item
		if err = d.gormDB.ScanRows(result, &item); err != nil {
			return Item{}, errors.Trace(err)
		}
		return item, nil
	}
	return Item{}, errors.Annotate(ErrItemNotExist, itemId)
}

// BatchInsertUsers reproduces storage/data/sql.go:819 (the non-ClickHouse
// branch :834-848). An atomic upsert on the primary key user_id.
func (d *SQLDatabase) BatchInsertUsers(ctx context.Context, users []User) error {
	if len(users) == 0 {
		return nil
	}
	rows := make([]SQLUser, 0, len(users))
	memo := mapset.NewSet[string]()
	for _, user := range users {
		if !memo.Contains(user.UserId) {
			memo.Add(user.UserId)
			rows = append(rows, NewSQLUser(user))
		}
	}
	err := d.gormDB.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "user_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"labels", "comment"}),
	}).Create(rows).Error
	return errors.Trace(err)
}

// DeleteUser reproduces storage/data/sql.go:852 (the ClickHouse part trimmed).
func (d *SQLDatabase) DeleteUser(ctx context.Context, userId string) error {
	if err := d.gormDB.WithContext(ctx).Delete(&SQLUser{UserId: userId}).Error; err != nil {
		return errors.Trace(err)
	}
	if err := d.gormDB.WithContext(ctx).Delete(&Feedback{}, "user_id = ?", userId).Error; err != nil {
		return errors.Trace(err)
	}
	return nil
}

// BatchInsertFeedback reproduces storage/data/sql.go:1029 (the ClickHouse
// branches :1045-1056, :1087-1099 and :1129-1146 trimmed).
// If insertUser set, new users will be inserted to user table.
// If insertItem set, new items will be inserted to item table.
func (d *SQLDatabase) BatchInsertFeedback(ctx context.Context, feedback []Feedback, insertUser, insertItem, overwrite bool) error {
	tx := d.gormDB.WithContext(ctx)
	// skip empty list
	if len(feedback) == 0 {
		return nil
	}
	// collect users and items
	users := mapset.NewSet[string]()
	items := mapset.NewSet[string]()
	for _, v := range feedback {
		users.Add(v.UserId)
		items.Add(v.ItemId)
	}
	// insert users
	if insertUser {
		userList := users.ToSlice()
		// No lookup: the users are created with an atomic
		// INSERT ... ON CONFLICT (user_id) DO NOTHING (sql.go:1058).
		err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "user_id"}},
			DoNothing: true,
		}).Create(lo.Map(userList, func(userId string, _ int) SQLUser {
			return SQLUser{
				UserId: userId,
				Labels: "null",
			}
		})).Error
		if err != nil {
			return errors.Trace(err)
		}
	} else {
		for _, user := range users.ToSlice() {
			// A missing user drops its feedback; the insert below is an upsert on the feedback PK.
			rs, err := tx.Table(d.UsersTable()).Select("user_id").Where("user_id = ?", user).Rows() // safe: existence check of the referenced user; not found -> skip (no user insert), found -> feedback upsert ON CONFLICT (feedback_type, user_id, item_id)
			if err != nil {
				return errors.Trace(err)
			} else if !rs.Next() {
				users.Remove(user)
			}
			if err = rs.Close(); err != nil {
				return errors.Trace(err)
			}
		}
	}
	// insert items
	if insertItem {
		itemList := items.ToSlice()
		// No lookup: INSERT ... ON CONFLICT (item_id) DO NOTHING (sql.go:1101).
		err := tx.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "item_id"}},
			DoNothing: true,
		}).Create(lo.Map(itemList, func(itemId string, _ int) SQLItem {
			return SQLItem{
				ItemId:     itemId,
				Labels:     "null",
				Categories: "null",
			}
		})).Error
		if err != nil {
			return errors.Trace(err)
		}
	} else {
		for _, item := range items.ToSlice() {
			// A missing item drops its feedback; the insert below is an upsert on the feedback PK.
			rs, err := tx.Table(d.ItemsTable()).Select("item_id").Where("item_id = ?", item).Rows() // safe: existence check of the referenced item; not found -> skip (no item insert), found -> feedback upsert ON CONFLICT (feedback_type, user_id, item_id)
			if err != nil {
				return errors.Trace(err)
			} else if !rs.Next() {
				items.Remove(item)
			}
			if err = rs.Close(); err != nil {
				return errors.Trace(err)
			}
		}
	}
	// insert feedback (lo.Tuple3 literals keyed here to satisfy go vet)
	rows := make([]Feedback, 0, len(feedback))
	memo := make(map[lo.Tuple3[string, string, string]]struct{})
	for _, f := range feedback {
		if users.Contains(f.UserId) && items.Contains(f.ItemId) {
			if _, exist := memo[lo.Tuple3[string, string, string]{A: f.FeedbackType, B: f.UserId, C: f.ItemId}]; !exist {
				memo[lo.Tuple3[string, string, string]{A: f.FeedbackType, B: f.UserId, C: f.ItemId}] = struct{}{}
				f.Timestamp = d.normalizeTimestampForWrite(f.Timestamp)
				f.Updated = f.Timestamp
				rows = append(rows, f)
			}
		}
	}
	if len(rows) == 0 {
		return nil
	}
	var updates clause.Set
	if overwrite {
		updates = clause.AssignmentColumns([]string{"time_stamp", "updated", "comment", "value"})
	} else {
		values := make(map[string]any)
		switch d.driver {
		case MySQL:
			values["value"] = clause.Column{Raw: true, Name: "value + VALUES(value)"}
			values["time_stamp"] = clause.Column{Raw: true, Name: "LEAST(time_stamp, VALUES(time_stamp))"}
			values["updated"] = clause.Column{Raw: true, Name: "GREATEST(updated, VALUES(updated))"}
			values["comment"] = clause.Column{Raw: true, Name: "VALUES(comment)"}
		case Postgres:
			values["value"] = clause.Column{Raw: true, Name: fmt.Sprintf("%s.value + EXCLUDED.value", d.FeedbackTable())}
			values["time_stamp"] = clause.Column{Raw: true, Name: fmt.Sprintf("LEAST(%s.time_stamp, EXCLUDED.time_stamp)", d.FeedbackTable())}
			values["updated"] = clause.Column{Raw: true, Name: fmt.Sprintf("GREATEST(%s.updated, EXCLUDED.updated)", d.FeedbackTable())}
			values["comment"] = clause.Column{Raw: true, Name: "EXCLUDED.comment"}
		case SQLite:
			values["value"] = clause.Column{Raw: true, Name: "value + excluded.value"}
			values["time_stamp"] = clause.Column{Raw: true, Name: "MIN(time_stamp, excluded.time_stamp)"}
			values["updated"] = clause.Column{Raw: true, Name: "MAX(updated, excluded.updated)"}
			values["comment"] = clause.Column{Raw: true, Name: "excluded.comment"}
		}
		updates = clause.Assignments(values)
	}
	err := tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "feedback_type"}, {Name: "user_id"}, {Name: "item_id"}},
		DoUpdates: updates,
	}).Create(rows).Error
	return errors.Trace(err)
}

// normalizeTimestampForWrite reproduces storage/data/sql.go:1391.
func (d *SQLDatabase) normalizeTimestampForWrite(timestamp time.Time) time.Time {
	switch d.driver {
	case MySQL:
		return timestamp.Truncate(time.Second)
	case ClickHouse, SQLite:
		return timestamp.In(time.UTC)
	default:
		return timestamp
	}
}
