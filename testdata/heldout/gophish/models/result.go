package models

import (
	"crypto/rand"
	"math/big"
	"time"

	"github.com/jinzhu/gorm"
)

// Result contains the fields for a result object,
// which is a representation of a target in a campaign (models/result.go:26).
// Table results: id primary key, campaign_id, user_id, r_id varchar(255), ...;
// no unique key on r_id (db/db_sqlite3/migrations/20160118194630_init.sql:8).
type Result struct {
	Id           int64     `json:"-"`
	CampaignId   int64     `json:"-"`
	UserId       int64     `json:"-"`
	RId          string    `json:"id"`
	Status       string    `json:"status" sql:"not null"`
	IP           string    `json:"ip"`
	Latitude     float64   `json:"latitude"`
	Longitude    float64   `json:"longitude"`
	SendDate     time.Time `json:"send_date"`
	Reported     bool      `json:"reported" sql:"not null"`
	ModifiedDate time.Time `json:"modified_date"`
	BaseRecipient
}

func generateResultId() (string, error) {
	const alphaNum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	k := make([]byte, 7)
	for i := range k {
		idx, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphaNum))))
		if err != nil {
			return "", err
		}
		k[i] = alphaNum[idx.Int64()]
	}
	return string(k), nil
}

// GenerateId generates a unique key to represent the result
// in the database
func (r *Result) GenerateId(tx *gorm.DB) error {
	// Keep trying until we generate a unique key (shouldn't take more than one or two iterations)
	for {
		rid, err := generateResultId()
		if err != nil {
			return err
		}
		r.RId = rid
		// result.go:196: the key is freshly generated (7 chars of 62, from
		// crypto/rand), and the only caller (PostCampaign) runs this and the
		// insert (campaign.go:578) in a transaction holding the only pooled
		// connection.
		err = tx.Table("results").Where("r_id=?", r.RId).First(&Result{}).Error // safe: a collision check on a fresh random key, inside PostCampaign's transaction on the single pooled connection
		if err == gorm.ErrRecordNotFound {
			break
		}
	}
	return nil
}

// GetResult returns the Result object from the database
// given the ResultId
func GetResult(rid string) (Result, error) {
	r := Result{}
	err := db.Where("r_id=?", rid).First(&r).Error
	return r, err
}
