// Package runtime is a minimal stand-in for
// github.com/heroiclabs/nakama-common/runtime (error values copied from the
// vendored copy at vendor/github.com/heroiclabs/nakama-common/runtime).
package runtime

import (
	"errors"
	"fmt"
)

var (
	ErrStorageRejectedVersion       = errors.New("Storage write rejected - version check failed.")
	ErrStorageRejectedPermission    = errors.New("Storage write rejected - permission denied.")
	ErrStorageWriteExhaustedRetries = errors.New("Storage write retries exhausted.")

	ErrTournamentNotFound                = errors.New("tournament not found")
	ErrTournamentAuthoritative           = errors.New("tournament only allows authoritative submissions")
	ErrTournamentMaxSizeReached          = errors.New("tournament max size reached")
	ErrTournamentOutsideDuration         = errors.New("tournament outside of duration")
	ErrTournamentWriteMaxNumScoreReached = errors.New("max number score count reached")
	ErrTournamentWriteJoinRequired       = errors.New("required to join before writing tournament record")

	ErrGroupNameInUse        = errors.New("group name in use")
	ErrGroupPermissionDenied = errors.New("group permission denied")
	ErrGroupNotFound         = errors.New("group not found")
	ErrGroupFull             = errors.New("group is full")
	ErrGroupUserNotFound     = errors.New("user not found")
	ErrGroupCreatorInvalid   = errors.New("group creator user ID not valid")
)

// StorageWrite is a storage write produced by a StorageWriteWithRetries update function.
type StorageWrite struct {
	Collection      string
	Key             string
	UserID          string
	Value           string
	Version         string
	PermissionRead  int
	PermissionWrite int
}

// WalletUpdateResult is the outcome of one wallet update.
type WalletUpdateResult struct {
	UserID   string
	Updated  map[string]int64
	Previous map[string]int64
}

// WalletNegativeError is returned when a wallet would go negative.
type WalletNegativeError struct {
	UserID  string
	Path    string
	Current int64
	Amount  int64
}

func (e *WalletNegativeError) Error() string {
	return fmt.Sprintf("wallet update rejected negative value at path '%v'", e.Path)
}

// NotificationType is an IAP notification type.
type NotificationType int

const (
	IAPNotificationUnknown NotificationType = iota
	IAPNotificationSubscribed
	IAPNotificationRenewed
	IAPNotificationCancelled
	IAPNotificationExpired
	IAPNotificationRefunded
)

// AppleNotificationTransactionInfo is the decoded Apple transaction info (trimmed).
type AppleNotificationTransactionInfo struct {
	AppAccountToken       string
	Environment           string
	ExpiresDate           int64
	OriginalPurchaseDate  int64
	OriginalTransactionId string
	ProductId             string
	PurchaseDate          int64
	RevocationDate        int64
	TransactionId         string
}

// AppleNotificationRenewalInfo is the decoded Apple renewal info (trimmed).
type AppleNotificationRenewalInfo struct {
	AppAccountToken        string
	AutoRenewProductId     string
	Environment            string
	GracePeriodExpiresDate int64
	OriginalTransactionId  string
	ProductId              string
	RenewalDate            int64
}

// AppleNotificationData is the decoded Apple notification data (trimmed).
type AppleNotificationData struct {
	TransactionInfo *AppleNotificationTransactionInfo
	RenewalInfo     *AppleNotificationRenewalInfo
}

func (t NotificationType) String() string {
	switch t {
	case IAPNotificationSubscribed:
		return "SUBSCRIBED"
	case IAPNotificationRenewed:
		return "RENEWED"
	case IAPNotificationCancelled:
		return "CANCELLED"
	case IAPNotificationExpired:
		return "EXPIRED"
	case IAPNotificationRefunded:
		return "REFUNDED"
	}
	return "UNKNOWN"
}
