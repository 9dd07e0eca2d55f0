package cmd

import (
	"errors"
	"fmt"

	"example.com/heldout/ntfy/third_party/cli"
	"example.com/heldout/ntfy/user"
	"example.com/heldout/ntfy/util"
)

// Reproduces cmd/tier.go:168.
func execTierAdd(c *cli.Context) error {
	code := c.Args().Get(0)
	if code == "" {
		return errors.New("tier code expected, type 'ntfy tier add --help' for help")
	} else if !user.AllowedTier(code) {
		return errors.New("tier code must consist only of numbers and letters")
	} else if c.String("stripe-monthly-price-id") != "" && c.String("stripe-yearly-price-id") == "" {
		return errors.New("if stripe-monthly-price-id is set, stripe-yearly-price-id must also be set")
	} else if c.String("stripe-monthly-price-id") == "" && c.String("stripe-yearly-price-id") != "" {
		return errors.New("if stripe-yearly-price-id is set, stripe-monthly-price-id must also be set")
	}
	manager, err := createUserManager(c)
	if err != nil {
		return err
	}
	if tier, _ := manager.Tier(code); tier != nil { // race
		if c.Bool("ignore-exists") {
			fmt.Fprintf(c.App.ErrWriter, "tier %s already exists (exited successfully)\n", code)
			return nil
		}
		return fmt.Errorf("tier %s already exists", code)
	}
	name := c.String("name")
	if name == "" {
		name = code
	}
	messageExpiryDuration, err := util.ParseDuration(c.String("message-expiry-duration"))
	if err != nil {
		return err
	}
	attachmentFileSizeLimit, err := util.ParseSize(c.String("attachment-file-size-limit"))
	if err != nil {
		return err
	}
	attachmentTotalSizeLimit, err := util.ParseSize(c.String("attachment-total-size-limit"))
	if err != nil {
		return err
	}
	attachmentBandwidthLimit, err := util.ParseSize(c.String("attachment-bandwidth-limit"))
	if err != nil {
		return err
	}
	attachmentExpiryDuration, err := util.ParseDuration(c.String("attachment-expiry-duration"))
	if err != nil {
		return err
	}
	tier := &user.Tier{
		ID:                       "", // Generated
		Code:                     code,
		Name:                     name,
		MessageLimit:             c.Int64("message-limit"),
		MessageExpiryDuration:    messageExpiryDuration,
		EmailLimit:               c.Int64("email-limit"),
		CallLimit:                c.Int64("call-limit"),
		ReservationLimit:         c.Int64("reservation-limit"),
		AttachmentFileSizeLimit:  attachmentFileSizeLimit,
		AttachmentTotalSizeLimit: attachmentTotalSizeLimit,
		AttachmentExpiryDuration: attachmentExpiryDuration,
		AttachmentBandwidthLimit: attachmentBandwidthLimit,
		StripeMonthlyPriceID:     c.String("stripe-monthly-price-id"),
		StripeYearlyPriceID:      c.String("stripe-yearly-price-id"),
	}
	if err := manager.AddTier(tier); err != nil {
		return err
	}
	tier, err = manager.Tier(code)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "tier added\n\n")
	printTier(c, tier)
	return nil
}
