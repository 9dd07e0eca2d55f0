package api

import (
	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
)

// ExchangeRatesApi represents exchange rate api (pkg/api/exchange_rates.go)
type ExchangeRatesApi struct {
	users                   *services.UserService
	userCustomExchangeRates *services.UserCustomExchangeRatesService
}

// Initialize a exchange rate api singleton instance
var (
	ExchangeRates = &ExchangeRatesApi{
		users:                   services.Users,
		userCustomExchangeRates: services.UserCustomExchangeRates,
	}
)

// UserCustomExchangeRateUpdateHandler updates user custom exchange rates data by request parameters for current user (pkg/api/exchange_rates.go:43)
func (a *ExchangeRatesApi) UserCustomExchangeRateUpdateHandler(c *core.WebContext) (any, *errs.Error) {
	var customExchangeRateUpdateReq models.UserCustomExchangeRateUpdateRequest
	err := c.ShouldBindJSON(&customExchangeRateUpdateReq)

	if err != nil {
		log.Warnf(c, "[exchange_rates.UserCustomExchangeRateUpdateHandler] parse request failed, because %s", err.Error())
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	uid := c.GetCurrentUid()
	user, err := a.users.GetUserById(c, uid)

	if err != nil {
		log.Errorf(c, "[exchange_rates.UserCustomExchangeRateUpdateHandler] failed to get user \"uid:%d\", because %s", uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	if customExchangeRateUpdateReq.Currency == user.DefaultCurrency {
		return nil, errs.ErrCannotUpdateExchangeRateForDefaultCurrency
	}

	newCustomExchangeRate, defaultCurrencyExchangeRate, err := a.userCustomExchangeRates.UpdateCustomExchangeRate(c, uid, customExchangeRateUpdateReq.Currency, customExchangeRateUpdateReq.Rate, user.DefaultCurrency)

	if err != nil {
		log.Errorf(c, "[exchange_rates.UserCustomExchangeRateUpdateHandler] failed to update user custom exchange rate \"currency:%s\" for user \"uid:%d\", because %s", customExchangeRateUpdateReq.Currency, uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	log.Infof(c, "[exchange_rates.UserCustomExchangeRateUpdateHandler] user \"uid:%d\" has updated user custom exchange rate \"currency:%s\" successfully", uid, customExchangeRateUpdateReq.Currency)
	return []*models.UserCustomExchangeRate{newCustomExchangeRate, defaultCurrencyExchangeRate}, nil
}
