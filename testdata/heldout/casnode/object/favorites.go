package object

import (
	"example.com/heldout/casnode/pkg/casdoorsdk"
	"example.com/heldout/casnode/util"
)

// Favorites reproduces object/favorites.go:22: one row per (member,
// favorites_type, object); the three columns carry separate non-unique
// indexes, the primary key is the autoincrement id.
type Favorites struct {
	Id            int    `xorm:"int notnull pk autoincr" json:"id"`
	FavoritesType string `xorm:"varchar(100) index" json:"favoritesType"`
	ObjectId      string `xorm:"varchar(100) index" json:"objectId"`
	CreatedTime   string `xorm:"varchar(40)" json:"createdTime"`
	MemberId      string `xorm:"varchar(100) index" json:"memberId"`
}

const (
	FavorTopic     = "favor_topic"
	FollowUser     = "follow_user"
	FavorNode      = "favor_node"
	SubscribeTopic = "subscribe_topic"
)

// IsFavoritesExist reproduces object/favorites.go:37.
func IsFavoritesExist(Type string) bool {
	// check the if the string is in the enum
	if Type == FavorTopic || Type == FollowUser || Type == FavorNode || Type == SubscribeTopic {
		return true
	}
	return false
}

// AddFavorites reproduces object/favorites.go:45.
func AddFavorites(favorite *Favorites) bool {
	affected, err := adapter.Engine.Insert(favorite)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// AddMemberFavorites reproduces object/favorites.go:54 (lookup :55, insert
// :65 -> :46). Callers: AddReplyNotification (notification.go:187,195) and
// AddTopicNotification (:269,277), i.e. POST /api/add-reply and
// POST /api/add-topic, which subscribe every @mentioned member to the topic.
// Note: upstream passes (memberId, favoritesType, objectId) to
// GetFavoritesStatus(memberId, objectId, favoritesType), so the lookup
// compares favorites_type with the topic id and object_id with
// "subscribe_topic" and finds nothing; kept as written.
func AddMemberFavorites(memberId string, favoritesType string, objectId string) bool {
	status := GetFavoritesStatus(memberId, favoritesType, objectId) // race; no unique key: favorites has only separate non-unique indexes on favorites_type, object_id, member_id (favorites.go:22-28)
	if status == true {
		return true
	}
	favorite := Favorites{
		FavoritesType: favoritesType,
		ObjectId:      objectId,
		CreatedTime:   util.GetCurrentTime(),
		MemberId:      memberId,
	}
	return AddFavorites(&favorite)
}

// GetFavoritesStatus reproduces object/favorites.go:86.
func GetFavoritesStatus(memberId string, objectId string, favoritesType string) bool {
	node := new(Favorites)
	total, err := adapter.Engine.Where("favorites_type = ?", favoritesType).And("object_id = ?", objectId).And("member_id = ?", memberId).Count(node)
	if err != nil {
		panic(err)
	}

	return total != 0
}

// GetMembersFromFavorites reproduces object/favorites.go:113.
func GetMembersFromFavorites(objectId string, favoritesType string) []*casdoorsdk.User {
	favorites := []*Favorites{}
	err := adapter.Engine.Where("object_id = ?", objectId).And("favorites_type = ?", favoritesType).Find(&favorites)
	if err != nil {
		panic(err)
	}

	members := []*casdoorsdk.User{}
	for _, v := range favorites {
		user := GetUser(v.MemberId)
		if user != nil {
			members = append(members, user)
		}
	}

	return members
}
