// Package social reproduces the shape of heroiclabs/nakama social/social.go
// (the identity-provider client); the token checks that call out to Apple,
// Facebook, Google, Game Center and Steam are trimmed to stubs, only the profile
// types and method signatures the authenticate functions use are kept.
package social

import (
	"context"
	"errors"
)

var errTrimmed = errors.New("social: provider call trimmed in reproduction")

// Client is the social provider client.
type Client struct{}

// AppleProfile is an abbreviated version of a user authenticated through Apple Sign In.
type AppleProfile struct {
	ID            string
	Email         string
	EmailVerified bool
}

// FacebookProfile is an abbreviated version of a Facebook profile.
type FacebookProfile struct {
	ID      string              `json:"id"`
	Name    string              `json:"name"`
	Email   string              `json:"email"`
	Picture FacebookPictureData `json:"picture"`
}

type FacebookPictureData struct {
	Data FacebookPicture `json:"data"`
}

type FacebookPicture struct {
	Height       int    `json:"height"`
	Width        int    `json:"width"`
	IsSilhouette bool   `json:"is_silhouette"`
	Url          string `json:"url"`
}

// GoogleProfile is an abbreviated version of a Google profile extracted from a token.
type GoogleProfile interface {
	GetDisplayName() string
	GetEmail() string
	GetAvatarImageUrl() string
	GetGoogleId() string
	GetOriginalGoogleId() string
}

// SteamProfile is an abbreviated version of a Steam profile.
type SteamProfile struct {
	SteamID uint64 `json:"steamid,string"`
}

func (c *Client) GetFacebookProfile(ctx context.Context, accessToken string) (*FacebookProfile, error) {
	return nil, errTrimmed
}

func (c *Client) GetFacebookFriends(ctx context.Context, accessToken string) ([]FacebookProfile, error) {
	return nil, errTrimmed
}

func (c *Client) ExtractFacebookInstantGameID(signedPlayerInfo string, appSecret string) (facebookInstantGameID string, err error) {
	return "", errTrimmed
}

func (c *Client) CheckGoogleToken(ctx context.Context, idToken string) (GoogleProfile, error) {
	return nil, errTrimmed
}

func (c *Client) CheckGameCenterID(ctx context.Context, playerID string, bundleID string, timestamp int64, salt string, signature string, publicKeyURL string) (bool, error) {
	return false, errTrimmed
}

func (c *Client) GetSteamProfile(ctx context.Context, publisherKey string, appID int, ticket string) (*SteamProfile, error) {
	return nil, errTrimmed
}

func (c *Client) CheckAppleToken(ctx context.Context, bundleId string, idToken string) (*AppleProfile, error) {
	return nil, errTrimmed
}

func (c *Client) CheckFacebookLimitedLoginToken(ctx context.Context, appId string, idToken string) (*FacebookProfile, error) {
	return nil, errTrimmed
}
