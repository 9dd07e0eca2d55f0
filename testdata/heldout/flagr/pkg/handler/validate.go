package handler

import (
	"example.com/heldout/flagr/swagger_gen/restapi/operations/distribution"
)

// validatePutDistributions reproduces pkg/handler/validate.go:11 (trimmed to
// the percent sum; upstream then loads the flag and its variants, :24-45,
// and rejects with 400 when not found).
var validatePutDistributions = func(params distribution.PutDistributionsParams) *Error {
	sum := int64(0)
	for _, d := range params.Body.Distributions {
		if d.Percent == nil {
			return NewError(400, "the percent of distribution %v is empty", d.ID)
		}
		sum += *d.Percent
	}
	if sum != 100 {
		return NewError(400, "the sum of distributions' percent %v is not 100", sum)
	}
	return nil
}
