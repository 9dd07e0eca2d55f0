package validate

// Reproduces github.com/getfider/fider/app/pkg/validate/general.go (Email and
// CNAME, trimmed; i18n messages replaced by plain strings).

import (
	"context"
	"regexp"
	"strings"

	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
)

var emailRegex = regexp.MustCompile(`^[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)
var hostnameRegex = regexp.MustCompile(`^[a-zA-Z0-9]+([\-\.]{1}[a-zA-Z0-9]+)*$`)

// Email validates given email
func Email(ctx context.Context, email string) []string {
	email = strings.ToLower(email)

	if len(email) > 200 {
		return []string{"Email must have less than 200 characters."}
	}

	if !emailRegex.MatchString(email) {
		return []string{"'" + email + "' is not a valid email address."}
	}

	return []string{}
}

// CNAME validates given cname
func CNAME(ctx context.Context, cname string) []string {
	cname = strings.ToLower(cname)

	if len(cname) > 100 {
		return []string{"Custom domain must have less than 100 characters."}
	}

	if !hostnameRegex.MatchString(cname) || !strings.Contains(cname, ".") {
		return []string{"'" + cname + "' is not a valid custom domain."}
	}

	isAvailable := &query.IsCNAMEAvailable{CNAME: cname}
	// upstream general.go:141-142 -> postgres isCNAMEAvailable (tenant.go:27); the only
	// write it guards is UPDATE tenants SET cname (updateTenantSettings, tenant.go:83)
	bus.MustDispatch(ctx, isAvailable) // safe: the lookup only guards an UPDATE of the current tenant's cname (UpdateSettings), nothing is inserted
	if !isAvailable.Result {
		return []string{"This custom domain is already in use by someone else."}
	}

	return []string{}
}
