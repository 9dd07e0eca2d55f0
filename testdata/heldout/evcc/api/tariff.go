package api

import "time"

type TariffType int

const (
	_ TariffType = iota
	TariffTypePriceStatic
	TariffTypePriceForecast
	TariffTypeCo2
	TariffTypeSolar
)

type Rate struct {
	Start, End time.Time
	Value      float64
}

type Rates []Rate

type Tariff interface {
	Rates() (Rates, error)
	Type() TariffType
}
