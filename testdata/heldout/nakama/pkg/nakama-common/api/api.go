// Package api is a minimal stand-in for github.com/heroiclabs/nakama-common/api
// (protobuf messages reduced to the fields the reproduction uses).
package api

import (
	"example.com/heldout/nakama/pkg/protobuf/timestamppb"
	"example.com/heldout/nakama/pkg/protobuf/wrapperspb"
)

type Group struct {
	Id          string
	CreatorId   string
	Name        string
	Description string
	LangTag     string
	Metadata    string
	AvatarUrl   string
	Open        *wrapperspb.BoolValue
	EdgeCount   int32
	MaxCount    int32
	CreateTime  *timestamppb.Timestamp
	UpdateTime  *timestamppb.Timestamp
}

type WriteStorageObject struct {
	Collection      string
	Key             string
	Value           string
	Version         string
	PermissionRead  *wrapperspb.Int32Value
	PermissionWrite *wrapperspb.Int32Value
}

type ReadStorageObjectId struct {
	Collection string
	Key        string
	UserId     string
}

func (x *ReadStorageObjectId) GetUserId() string {
	if x != nil {
		return x.UserId
	}
	return ""
}

type StorageObject struct {
	Collection      string
	Key             string
	UserId          string
	Value           string
	Version         string
	PermissionRead  int32
	PermissionWrite int32
	CreateTime      *timestamppb.Timestamp
	UpdateTime      *timestamppb.Timestamp
}

type StorageObjects struct {
	Objects []*StorageObject
}

type StorageObjectAck struct {
	Collection string
	Key        string
	Version    string
	UserId     string
	CreateTime *timestamppb.Timestamp
	UpdateTime *timestamppb.Timestamp
}

type StorageObjectAcks struct {
	Acks []*StorageObjectAck
}

type StoreProvider int32

const (
	StoreProvider_APPLE_APP_STORE   StoreProvider = 0
	StoreProvider_GOOGLE_PLAY_STORE StoreProvider = 1
)

type StoreEnvironment int32

const (
	StoreEnvironment_UNKNOWN    StoreEnvironment = 0
	StoreEnvironment_SANDBOX    StoreEnvironment = 1
	StoreEnvironment_PRODUCTION StoreEnvironment = 2
)

type ValidatedPurchase struct {
	UserId           string
	ProductId        string
	TransactionId    string
	Store            StoreProvider
	PurchaseTime     *timestamppb.Timestamp
	CreateTime       *timestamppb.Timestamp
	UpdateTime       *timestamppb.Timestamp
	RefundTime       *timestamppb.Timestamp
	ProviderResponse string
	Environment      StoreEnvironment
	SeenBefore       bool
}

type ValidatedSubscription struct {
	UserId                string
	ProductId             string
	OriginalTransactionId string
	Store                 StoreProvider
	PurchaseTime          *timestamppb.Timestamp
	CreateTime            *timestamppb.Timestamp
	UpdateTime            *timestamppb.Timestamp
	Environment           StoreEnvironment
	ExpiryTime            *timestamppb.Timestamp
	RefundTime            *timestamppb.Timestamp
	ProviderResponse      string
	ProviderNotification  string
	Active                bool
}

type Operator int32

const (
	Operator_NO_OVERRIDE Operator = 0
	Operator_BEST        Operator = 1
	Operator_SET         Operator = 2
	Operator_INCREMENT   Operator = 3
	Operator_DECREMENT   Operator = 4
)

type LeaderboardRecord struct {
	LeaderboardId string
	OwnerId       string
	Username      *wrapperspb.StringValue
	Score         int64
	Subscore      int64
	NumScore      int32
	MaxNumScore   uint32
	Metadata      string
	CreateTime    *timestamppb.Timestamp
	UpdateTime    *timestamppb.Timestamp
	ExpiryTime    *timestamppb.Timestamp
	Rank          int64
}

type AccountCustom struct {
	Id   string
	Vars map[string]string
}

type AuthenticateCustomRequest struct {
	Account  *AccountCustom
	Create   *wrapperspb.BoolValue
	Username string
}

type AccountDevice struct {
	Id   string
	Vars map[string]string
}

type AuthenticateDeviceRequest struct {
	Account  *AccountDevice
	Create   *wrapperspb.BoolValue
	Username string
}

type Session struct {
	Created      bool
	Token        string
	RefreshToken string
}

type BlockFriendsRequest struct {
	Ids       []string
	Usernames []string
}

func (x *BlockFriendsRequest) GetIds() []string       { return x.Ids }
func (x *BlockFriendsRequest) GetUsernames() []string { return x.Usernames }

type AddGroupUsersRequest struct {
	GroupId string
	UserIds []string
}

func (x *AddGroupUsersRequest) GetGroupId() string   { return x.GroupId }
func (x *AddGroupUsersRequest) GetUserIds() []string { return x.UserIds }
