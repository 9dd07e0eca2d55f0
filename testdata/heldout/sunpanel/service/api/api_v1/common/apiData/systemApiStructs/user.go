// Package systemApiStructs reproduces service/api/api_v1/common/apiData/systemApiStructs/user.go
// of hslr-s/sun-panel 25f46209d97a.
package systemApiStructs

type GetReferralCodeResp struct {
	ReferralCode string `json:"referralCode"`
}
