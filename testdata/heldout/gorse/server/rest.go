// Package server reproduces server/rest.go of github.com/gorse-io/gorse
// (commit 2f5e805274a6ee6a0af4c274129aae04b3c7cea9), trimmed to the
// handlers that read an item/user before writing it. The cache-store
// updates (s.CacheClient.UpdateScores / Set) of these handlers are
// unrelated to the data store and are left out.
package server

import (
	"context"
	"net/http"
	"time"

	"example.com/heldout/gorse/pkg/dateparse"
	"example.com/heldout/gorse/pkg/lo"
	"example.com/heldout/gorse/pkg/mapset"
	"example.com/heldout/gorse/pkg/restful"
	"example.com/heldout/gorse/storage/data"
)

// ServerConfig stands in for config.ServerConfig (auto_insert_user,
// auto_insert_item; both default to true upstream).
type ServerConfig struct {
	AutoInsertUser bool
	AutoInsertItem bool
}

// Config stands in for config.Config.
type Config struct {
	Server ServerConfig
}

// RestServer reproduces server/rest.go:58 (DataClient is data.Open(...) or,
// for a SQLite data store, data.NewProxyClient to the master,
// server/server.go:174-186; several server nodes can share one store).
type RestServer struct {
	DataClient data.Database
	Config     *Config
}

// Success reproduces server/rest.go:1019.
type Success struct {
	RowAffected int
}

// Item reproduces server/rest.go:1212.
type Item struct {
	ItemId     string
	IsHidden   bool
	Categories []string
	Timestamp  string
	Labels     any
	Comment    string
}

// batchInsertItems reproduces server/rest.go:1221 (lookup :1232, insert
// :1278). POST /api/item -> insertItem (:1325), POST /api/items ->
// insertItems (:1304).
func (s *RestServer) batchInsertItems(ctx context.Context, response *restful.Response, temp []Item) {
	var (
		count int
		items = make([]data.Item, 0, len(temp))
	)
	// load existed items
	// The preloaded map is never read afterwards; the write is an upsert on the PK item_id.
	existedItems, err := s.DataClient.BatchGetItems(ctx, lo.Map(temp, func(t Item, i int) string { // safe: the preload only fills existedItemsSet, which nothing reads; every item goes to BatchInsertItems = INSERT ... ON CONFLICT (item_id) DO UPDATE
		return t.ItemId
	}), data.GetOptions{})
	if err != nil {
		InternalServerError(response, err)
		return
	}
	existedItemsSet := make(map[string]data.Item)
	for _, item := range existedItems {
		existedItemsSet[item.ItemId] = item
	}

	for _, item := range temp {
		// parse datetime
		var timestamp time.Time
		var err error
		if item.Timestamp != "" {
			if timestamp, err = dateparse.ParseAny(item.Timestamp); err != nil {
				BadRequest(response, err)
				return
			}
		}
		items = append(items, data.Item{
			ItemId:     item.ItemId,
			IsHidden:   item.IsHidden,
			Categories: item.Categories,
			Timestamp:  timestamp,
			Labels:     item.Labels,
			Comment:    item.Comment,
		})
		count++
	}

	// insert items
	if err = s.DataClient.BatchInsertItems(ctx, items); err != nil {
		InternalServerError(response, err)
		return
	}
	Ok(response, Success{RowAffected: count})
}

// insertItems reproduces server/rest.go:1304 (POST /api/items).
func (s *RestServer) insertItems(request *restful.Request, response *restful.Response) {
	ctx := context.Background()
	if request != nil && request.Request != nil {
		ctx = request.Request.Context()
	}
	var items []Item
	if err := request.ReadEntity(&items); err != nil {
		BadRequest(response, err)
		return
	}
	// Insert items
	s.batchInsertItems(ctx, response, items)
}

// insertItem reproduces server/rest.go:1325 (POST /api/item).
func (s *RestServer) insertItem(request *restful.Request, response *restful.Response) {
	ctx := context.Background()
	if request != nil && request.Request != nil {
		ctx = request.Request.Context()
	}
	var item Item
	var err error
	if err = request.ReadEntity(&item); err != nil {
		BadRequest(response, err)
		return
	}
	s.batchInsertItems(ctx, response, []Item{item})
}

// insertItemCategory reproduces server/rest.go:1450 (lookup :1459, write
// :1468). PUT /api/item/{item-id}/category/{category}.
func (s *RestServer) insertItemCategory(request *restful.Request, response *restful.Response) {
	ctx := context.Background()
	if request != nil && request.Request != nil {
		ctx = request.Request.Context()
	}
	// fetch item id and category
	itemId := request.PathParameter("item-id")
	category := request.PathParameter("category")
	// fetch item
	// Not found -> 500 and return; found -> the same row is rewritten by an upsert on its PK.
	item, err := s.DataClient.GetItem(ctx, itemId) // safe: the lookup only guards an update of the found row (BatchInsertItems of the item it read, ON CONFLICT (item_id) DO UPDATE); nothing is created on not-found
	if err != nil {
		InternalServerError(response, err)
		return
	}
	if !lo.Contains(item.Categories, category) {
		item.Categories = append(item.Categories, category)
	}
	// insert category to database
	if err = s.DataClient.BatchInsertItems(ctx, []data.Item{item}); err != nil {
		InternalServerError(response, err)
		return
	}
	Ok(response, Success{RowAffected: 1})
}

// deleteItemCategory reproduces server/rest.go:1480 (lookup :1489, write
// :1507). DELETE /api/item/{item-id}/category/{category}.
func (s *RestServer) deleteItemCategory(request *restful.Request, response *restful.Response) {
	ctx := context.Background()
	if request != nil && request.Request != nil {
		ctx = request.Request.Context()
	}
	// fetch item id and category
	itemId := request.PathParameter("item-id")
	category := request.PathParameter("category")
	// fetch item
	// Not found -> 500 and return; found -> the same row is rewritten by an upsert on its PK.
	item, err := s.DataClient.GetItem(ctx, itemId) // safe: the lookup only guards an update of the found row (BatchInsertItems of the item it read, ON CONFLICT (item_id) DO UPDATE); nothing is created on not-found
	if err != nil {
		InternalServerError(response, err)
		return
	}
	categories := make([]string, 0, len(item.Categories))
	for _, cat := range item.Categories {
		if cat != category {
			categories = append(categories, cat)
		}
	}
	item.Categories = categories
	// delete category from database
	if err = s.DataClient.BatchInsertItems(ctx, []data.Item{item}); err != nil {
		InternalServerError(response, err)
		return
	}
	Ok(response, Success{RowAffected: 1})
}

// Feedback reproduces server/rest.go:1515.
type Feedback struct {
	data.FeedbackKey
	Value     float64
	Timestamp string
	Comment   string
}

// ToDataFeedback reproduces server/rest.go:1522.
func (f Feedback) ToDataFeedback() (data.Feedback, error) {
	var feedback data.Feedback
	feedback.FeedbackKey = f.FeedbackKey
	feedback.Value = f.Value
	feedback.Comment = f.Comment
	if f.Timestamp != "" {
		var err error
		feedback.Timestamp, err = dateparse.ParseAny(f.Timestamp)
		if err != nil {
			return data.Feedback{}, err
		}
	}
	return feedback, nil
}

// insertFeedback reproduces server/rest.go:1537 (POST /api/feedback with
// overwrite=false, PUT /api/feedback with overwrite=true; the user/item
// existence checks happen in SQLDatabase.BatchInsertFeedback when
// auto_insert_user / auto_insert_item are off).
func (s *RestServer) insertFeedback(overwrite bool) func(request *restful.Request, response *restful.Response) {
	return func(request *restful.Request, response *restful.Response) {
		ctx := context.Background()
		if request != nil && request.Request != nil {
			ctx = request.Request.Context()
		}
		// add ratings
		var feedbackLiterTime []Feedback
		if err := request.ReadEntity(&feedbackLiterTime); err != nil {
			BadRequest(response, err)
			return
		}
		// parse datetime
		var err error
		feedback := make([]data.Feedback, len(feedbackLiterTime))
		users := mapset.NewSet[string]()
		items := mapset.NewSet[string]()
		for i := range feedback {
			users.Add(feedbackLiterTime[i].UserId)
			items.Add(feedbackLiterTime[i].ItemId)
			feedback[i], err = feedbackLiterTime[i].ToDataFeedback()
			if err != nil {
				BadRequest(response, err)
				return
			}
		}
		// insert feedback to data store
		err = s.DataClient.BatchInsertFeedback(ctx, feedback,
			s.Config.Server.AutoInsertUser,
			s.Config.Server.AutoInsertItem, overwrite)
		if err != nil {
			InternalServerError(response, err)
			return
		}
		Ok(response, Success{RowAffected: len(feedback)})
	}
}

// getRecommend reproduces the write-back part of server/rest.go:849
// (GET /api/recommend/{user-id}?write-back-type=...; :894-912). The
// recommender (:875-892) is replaced by the ids passed in results.
func (s *RestServer) getRecommend(ctx context.Context, response *restful.Response, userId, writeBackFeedback string, writeBackDelay time.Duration, results []string) {
	// write back
	if writeBackFeedback != "" {
		startTime := time.Now()
		for _, itemId := range results {
			// insert to data store
			feedback := data.Feedback{
				FeedbackKey: data.FeedbackKey{
					UserId:       userId,
					ItemId:       itemId,
					FeedbackType: writeBackFeedback,
				},
				Timestamp: startTime.Add(writeBackDelay),
			}
			err := s.DataClient.BatchInsertFeedback(ctx, []data.Feedback{feedback}, false, false, false)
			if err != nil {
				InternalServerError(response, err)
				return
			}
		}
	}
	Ok(response, results)
}

// BadRequest reproduces server/rest.go's helper.
func BadRequest(response *restful.Response, err error) {
	if err := response.WriteErrorString(http.StatusBadRequest, err.Error()); err != nil {
		return
	}
}

// InternalServerError reproduces server/rest.go's helper.
func InternalServerError(response *restful.Response, err error) {
	if err := response.WriteErrorString(http.StatusInternalServerError, err.Error()); err != nil {
		return
	}
}

// PageNotFound reproduces server/rest.go:1754.
func PageNotFound(response *restful.Response, err error) {
	if err := response.WriteErrorString(http.StatusNotFound, err.Error()); err != nil {
		return
	}
}

// Ok reproduces server/rest.go's helper.
func Ok(response *restful.Response, content any) {
	if err := response.WriteHeaderAndJson(http.StatusOK, content, "application/json"); err != nil {
		return
	}
}
