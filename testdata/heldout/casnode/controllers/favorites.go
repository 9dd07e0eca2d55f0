package controllers

import (
	"sync"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// AddFavorites reproduces controllers/favorites.go:27 (POST /api/add-favorites;
// lookup :38, insert :73 -> object/favorites.go:46).
func (c *ApiController) AddFavorites() {
	objectId := c.Input().Get("id")
	favoritesType := c.Input().Get("type")
	memberId := c.GetSessionUsername()
	var resp Response

	if object.IsFavoritesExist(favoritesType) == false {
		c.ResponseError("Invalid favorites type")
		return
	}

	// A double click on "favorite"/"subscribe"/"follow": both requests see
	// no row, both insert one and both increment the topic's counter.
	favoriteStatus := object.GetFavoritesStatus(memberId, objectId, favoritesType) // race; no unique key: favorites has only separate non-unique indexes on favorites_type, object_id and member_id (object/favorites.go:22-28)
	if favoriteStatus {
		c.ResponseOk(resp)
		return
	}

	username := c.GetSessionUsername()
	favorites := object.Favorites{
		FavoritesType: favoritesType,
		ObjectId:      objectId,
		CreatedTime:   util.GetCurrentTime(),
		MemberId:      username,
	}

	var wg sync.WaitGroup
	res := true
	if favorites.FavoritesType == object.FavorTopic {
		wg.Add(1)
		go func() {
			topicId := util.ParseInt(favorites.ObjectId)
			res = object.ChangeTopicFavoriteCount(topicId, 1)
			wg.Done()
		}()
	}

	if favorites.FavoritesType == object.SubscribeTopic {
		wg.Add(1)
		go func() {
			topicId := util.ParseInt(favorites.ObjectId)
			res = object.ChangeTopicSubscribeCount(topicId, 1)
			wg.Done()
		}()
	}

	res = object.AddFavorites(&favorites)
	if favoritesType == object.FavorTopic {
		topicId := util.ParseInt(objectId)
		notification := object.Notification{
			NotificationType: 4,
			ObjectId:         topicId,
			CreatedTime:      util.GetCurrentTime(),
			SenderId:         c.GetSessionUsername(),
			ReceiverId:       object.GetTopicAuthor(topicId).Name,
			Status:           1,
		}
		if notification.ReceiverId != notification.SenderId {
			_ = object.AddNotification(&notification)
		}
	}
	resp = Response{Status: "ok", Msg: "success", Data: res}

	wg.Wait()

	if !res {
		c.ResponseError("add favorite wrong")
		return
	}

	c.ResponseOk(resp)
}
