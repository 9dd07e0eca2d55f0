package services

import (
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
)

// UserCustomExchangeRatesService represents user custom exchange rates service (pkg/services/user_custom_exchange_rates.go)
type UserCustomExchangeRatesService struct {
	ServiceUsingDB
}

// Initialize a user custom exchange rates service singleton instance
var (
	UserCustomExchangeRates = &UserCustomExchangeRatesService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
	}
)

// UpdateCustomExchangeRate updates user exchange rate data model to database (pkg/services/user_custom_exchange_rates.go:40)
func (s *UserCustomExchangeRatesService) UpdateCustomExchangeRate(c core.Context, uid int64, currency string, rate string, defaultCurrency string) (*models.UserCustomExchangeRate, *models.UserCustomExchangeRate, error) {
	if uid <= 0 {
		return nil, nil, errs.ErrUserIdInvalid
	}

	now := time.Now().Unix()
	newCustomExchangeRate := &models.UserCustomExchangeRate{}
	defaultCurrencyExchangeRate := &models.UserCustomExchangeRate{}

	err := s.UserDataDB(uid).DoTransaction(c, func(sess *xorm.Session) error {
		oldCustomExchangeRate := &models.UserCustomExchangeRate{}
		has, err := sess.Where("uid=? AND deleted_unix_time=? AND currency=?", uid, 0, currency).Get(oldCustomExchangeRate) // race

		if err != nil {
			return err
		}

		if has {
			updateOldExchangeRateModel := &models.UserCustomExchangeRate{
				DeletedUnixTime: now,
			}

			_, err = sess.Cols("deleted_unix_time").Where("uid=? AND deleted_unix_time=? AND currency=?", uid, 0, currency).Update(updateOldExchangeRateModel)

			if err != nil {
				return err
			}
		}

		if currency != defaultCurrency {
			has, err := sess.Where("uid=? AND deleted_unix_time=? AND currency=?", uid, 0, defaultCurrency).Get(defaultCurrencyExchangeRate) // race

			if err != nil {
				return err
			}

			if !has {
				defaultCurrencyExchangeRate, _ = models.CreateUserCustomExchangeRate(uid, defaultCurrency, "1", 0)
				defaultCurrencyExchangeRate.CreatedUnixTime = now
				defaultCurrencyExchangeRate.UpdatedUnixTime = now
				defaultCurrencyExchangeRate.DeletedUnixTime = 0
				_, err = sess.Insert(defaultCurrencyExchangeRate)

				if err != nil {
					return err
				}
			}
		} else {
			defaultCurrencyExchangeRate = oldCustomExchangeRate
		}

		newCustomExchangeRate, err = models.CreateUserCustomExchangeRate(uid, currency, rate, defaultCurrencyExchangeRate.Rate)
		newCustomExchangeRate.CreatedUnixTime = now
		newCustomExchangeRate.UpdatedUnixTime = now
		newCustomExchangeRate.DeletedUnixTime = 0
		_, err = sess.Insert(newCustomExchangeRate)

		return err
	})

	if err != nil {
		return nil, nil, err
	}

	return newCustomExchangeRate, defaultCurrencyExchangeRate, err
}
