// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"net/url"
	"strings"

	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/util/common"

	"gorm.io/gorm"
)

// ExternalLinkInput is web/service/client_external_link.go:16.
type ExternalLinkInput struct {
	Kind       string `json:"kind"`
	Value      string `json:"value"`
	Remark     string `json:"remark"`
	Enable     *bool  `json:"enable"`
	ExpiryTime int64  `json:"expiryTime"`
	NamePrefix string `json:"namePrefix"`
}

// normalizeExternalLinks is web/service/client_external_link.go:40 (share-link
// parsing trimmed).
func normalizeExternalLinks(inputs []ExternalLinkInput) ([]model.ClientExternalLink, error) {
	out := make([]model.ClientExternalLink, 0, len(inputs))
	for _, in := range inputs {
		value := strings.TrimSpace(in.Value)
		if value == "" {
			continue
		}
		kind := strings.TrimSpace(in.Kind)
		switch kind {
		case "subscription":
			if !isHTTPURL(value) {
				return nil, common.NewError("external subscription must be an http(s) URL: " + value)
			}
		case "link", "":
			kind = "link"
		default:
			return nil, common.NewError("unknown external link kind: " + kind)
		}
		if in.ExpiryTime < 0 {
			return nil, common.NewError("external link expiryTime must be 0 (never) or a future unix millisecond timestamp: " + value)
		}
		enable := true
		if in.Enable != nil {
			enable = *in.Enable
		}
		out = append(out, model.ClientExternalLink{
			Kind:       kind,
			Value:      value,
			Remark:     strings.TrimSpace(in.Remark),
			Enable:     &enable,
			ExpiryTime: in.ExpiryTime,
			NamePrefix: in.NamePrefix,
			SortIndex:  len(out),
		})
	}
	return out, nil
}

// isHTTPURL is web/service/client_external_link.go:81.
func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// SetExternalLinksForRecord is web/service/client_external_link.go:87: the
// existing rows only donate LastFetch* fields; the set is deleted and every
// row re-inserted.
func (s *ClientService) SetExternalLinksForRecord(id int, inputs []ExternalLinkInput) error {
	rows, err := normalizeExternalLinks(inputs)
	if err != nil {
		return err
	}
	db := database.GetDB()
	return db.Transaction(func(tx *gorm.DB) error {
		var existing []model.ClientExternalLink
		if err := tx.Where("client_id = ?", id).Find(&existing).Error; err != nil { // safe: replace-all, inserts are not conditioned on the lookup
			return err
		}
		byKindValue := make(map[string]model.ClientExternalLink, len(existing))
		for _, row := range existing {
			key := row.Kind + "\x00" + row.Value
			if _, ok := byKindValue[key]; !ok {
				byKindValue[key] = row
			}
		}
		if err := tx.Where("client_id = ?", id).Delete(&model.ClientExternalLink{}).Error; err != nil {
			return err
		}
		for i := range rows {
			if old, ok := byKindValue[rows[i].Kind+"\x00"+rows[i].Value]; ok {
				rows[i].LastFetchAt = old.LastFetchAt
				rows[i].LastFetchError = old.LastFetchError
			}
			rows[i].ClientId = id
			if err := tx.Create(&rows[i]).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
