// Reproduces server/core_subscription.go of heroiclabs/nakama at the
// catalogued commit: getSubscriptionByOriginalTransactionId (upstream
// 620-687), storageSubscription (689-710), upsertSubscription (712-784),
// appleNotificationSigned/appleNotificationPayload (786-801, summary and
// external-token fields trimmed) and appleNotificationHandler (824-1233) with
// its "DID_RENEW"/"SUBSCRIBED"/... case (850-971) and its "REFUND" case
// (1092-1227) verbatim; the "EXPIRED"/"DID_CHANGE_RENEWAL_STATUS"/... case
// (972-1091, same lookup-then-upsert shape) and the JWS decoding are trimmed.
package server

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"

	"example.com/heldout/nakama/iap"
	"example.com/heldout/nakama/pkg/nakama-common/api"
	"example.com/heldout/nakama/pkg/nakama-common/runtime"
	"example.com/heldout/nakama/pkg/pgerrcode"
	"example.com/heldout/nakama/pkg/protobuf/timestamppb"
	"example.com/heldout/nakama/pkg/uuid"
	"example.com/heldout/nakama/pkg/zap"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

var ErrSkipNotification = errors.New("skip notification")

// Runtime hook types, server/runtime.go:236-237.
type RuntimePurchaseNotificationAppleFunction func(ctx context.Context, notificationType runtime.NotificationType, purchase *api.ValidatedPurchase, providerPayload *runtime.AppleNotificationData) error
type RuntimeSubscriptionNotificationAppleFunction func(ctx context.Context, notificationType runtime.NotificationType, subscription *api.ValidatedSubscription, providerPayload *runtime.AppleNotificationData) error

func getSubscriptionByOriginalTransactionId(ctx context.Context, logger *zap.Logger, db *sql.DB, originalTransactionId string) (*api.ValidatedSubscription, error) {
	var (
		dbUserId                uuid.UUID
		dbStore                 api.StoreProvider
		dbOriginalTransactionId string
		dbCreateTime            pgtype.Timestamptz
		dbUpdateTime            pgtype.Timestamptz
		dbExpireTime            pgtype.Timestamptz
		dbPurchaseTime          pgtype.Timestamptz
		dbRefundTime            pgtype.Timestamptz
		dbProductId             string
		dbEnvironment           api.StoreEnvironment
		dbRawResponse           string
		dbRawNotification       string
	)

	err := db.QueryRowContext(ctx, `
		SELECT
		    user_id,
				store,
				original_transaction_id,
				create_time,
				update_time,
				expire_time,
				purchase_time,
				refund_time,
				product_id,
				environment,
				raw_response,
				raw_notification
		FROM subscription
		WHERE original_transaction_id = $1
`, originalTransactionId).Scan(&dbUserId, &dbStore, &dbOriginalTransactionId, &dbCreateTime, &dbUpdateTime, &dbExpireTime, &dbPurchaseTime, &dbRefundTime, &dbProductId, &dbEnvironment, &dbRawResponse, &dbRawNotification)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			// Not found
			return nil, nil
		}
		logger.Error("Failed to get subscription", zap.Error(err))
		return nil, err
	}

	active := false
	if dbExpireTime.Time.After(time.Now()) && dbRefundTime.Time.Unix() == 0 {
		active = true
	}

	suid := dbUserId.String()
	if dbUserId.IsNil() {
		suid = ""
	}

	return &api.ValidatedSubscription{
		UserId:                suid,
		ProductId:             dbProductId,
		OriginalTransactionId: dbOriginalTransactionId,
		Store:                 dbStore,
		PurchaseTime:          timestamppb.New(dbPurchaseTime.Time),
		CreateTime:            timestamppb.New(dbCreateTime.Time),
		UpdateTime:            timestamppb.New(dbUpdateTime.Time),
		Environment:           dbEnvironment,
		ExpiryTime:            timestamppb.New(dbExpireTime.Time),
		RefundTime:            timestamppb.New(dbRefundTime.Time),
		ProviderResponse:      dbRawResponse,
		ProviderNotification:  dbRawNotification,
		Active:                active,
	}, nil
}

type storageSubscription struct {
	originalTransactionId string
	userID                uuid.UUID
	store                 api.StoreProvider
	productId             string
	purchaseTime          time.Time
	createTime            time.Time // Set by upsertSubscription
	updateTime            time.Time // Set by upsertSubscription
	refundTime            time.Time
	environment           api.StoreEnvironment
	expireTime            time.Time
	rawResponse           string
	rawNotification       string
}

func (s *storageSubscription) Active() bool {
	if s.expireTime.After(time.Now()) && s.refundTime.Unix() == 0 {
		return true
	}

	return false
}

func upsertSubscription(ctx context.Context, db *sql.Tx, sub *storageSubscription) error {
	if sub.refundTime.IsZero() {
		// Refund time not set, init as default value.
		sub.refundTime = time.Unix(0, 0)
	}

	query := `
INSERT
INTO
    subscription
        (
						user_id,
						store,
						original_transaction_id,
						product_id,
						purchase_time,
						environment,
						expire_time,
						raw_response,
						raw_notification,
						refund_time
        )
VALUES
    ($1, $2, $3, $4, $5, $6, $7, to_jsonb(coalesce(nullif($8, ''), '{}')), to_jsonb(coalesce(nullif($9, ''), '{}')), $10)
ON CONFLICT
    (original_transaction_id)
DO
	UPDATE SET
		product_id = $4,
		expire_time = $7,
		update_time = now(),
		raw_response = coalesce(to_jsonb(nullif($8, '')), subscription.raw_response::jsonb),
		raw_notification = coalesce(to_jsonb(nullif($9, '')), subscription.raw_notification::jsonb),
		refund_time = coalesce(nullif($10, '1970-01-01 00:00:00+00'), subscription.refund_time)
RETURNING
    user_id, create_time, update_time, expire_time, refund_time, raw_response, raw_notification
`
	var (
		userID          uuid.UUID
		createTime      pgtype.Timestamptz
		updateTime      pgtype.Timestamptz
		expireTime      pgtype.Timestamptz
		refundTime      pgtype.Timestamptz
		rawResponse     string
		rawNotification string
	)
	if err := db.QueryRowContext(
		ctx,
		query,
		sub.userID,
		sub.store,
		sub.originalTransactionId,
		sub.productId,
		sub.purchaseTime,
		sub.environment,
		sub.expireTime,
		sub.rawResponse,
		sub.rawNotification,
		sub.refundTime,
	).Scan(&userID, &createTime, &updateTime, &expireTime, &refundTime, &rawResponse, &rawNotification); err != nil {
		return err
	}

	sub.userID = userID
	sub.createTime = createTime.Time
	sub.updateTime = updateTime.Time
	sub.expireTime = expireTime.Time
	sub.refundTime = refundTime.Time
	sub.rawResponse = rawResponse
	sub.rawNotification = rawNotification

	return nil
}

type appleNotificationSigned struct {
	SignedPayload string `json:"signedPayload"`
}

// Reference: https://developer.apple.com/documentation/appstoreservernotifications/responsebodyv2decodedpayload
type appleNotificationPayload struct {
	NotificationType string                         `json:"notificationType"`
	Subtype          string                         `json:"subtype"`
	Data             *runtime.AppleNotificationData `json:"data"`
	Version          string                         `json:"version"`
	SignedDate       int64                          `json:"signedDate"`
	NotificationUUID string                         `json:"notificationUUID"`
}

// decodeAppleNotificationSignedPayload (upstream 1235) verifies and decodes the
// JWS payload; trimmed.
func decodeAppleNotificationSignedPayload(appleNotificationSigned *appleNotificationSigned) (*appleNotificationPayload, *runtime.AppleNotificationData, error) {
	return nil, nil, errors.New("trimmed")
}

// Store providers notification callback handler functions
func appleNotificationHandler(logger *zap.Logger, db *sql.DB, purchaseNotificationCallback RuntimePurchaseNotificationAppleFunction, subscriptionNotificationCallback RuntimeSubscriptionNotificationAppleFunction) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			logger.Error("Failed to decode App Store notification body", zap.Error(err))
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		defer r.Body.Close()

		var signedNotificationPayload *appleNotificationSigned
		if err := json.Unmarshal(body, &signedNotificationPayload); err != nil {
			logger.Error("Failed to unmarshal App Store notification", zap.Error(err))
			w.WriteHeader(http.StatusInternalServerError)
			return
		}

		logger.Debug("Apple IAP notification received", zap.Any("notification_payload", signedNotificationPayload))

		notificationPayload, notificationData, err := decodeAppleNotificationSignedPayload(signedNotificationPayload)
		if err != nil {
			logger.Error("Failed to decode App Store notification payload", zap.Error(err))
			w.WriteHeader(http.StatusInternalServerError)
			return
		}

		switch notificationType := strings.ToUpper(notificationPayload.NotificationType); notificationType {
		case "DID_RENEW", "SUBSCRIBED", "DID_CHANGE_RENEWAL_PREF", "OFFER_REDEEMED":
			// These notification types only relate to subscriptions.
			// These should always contain transactionInfo as they imply something was billed.
			transactionInfo := notificationData.TransactionInfo
			if transactionInfo == nil {
				logger.Warn("No transaction info available for Apple IAP notification type", zap.String("notification_type", notificationType),
					zap.Bool("transaction_info_present", transactionInfo != nil))
				w.WriteHeader(http.StatusInternalServerError)
				return
			}

			uid := uuid.Nil
			if transactionInfo.AppAccountToken != "" {
				tokenUID, err := uuid.FromString(transactionInfo.AppAccountToken)
				if err != nil {
					logger.Warn("App Store subscription notification AppAccountToken is an invalid uuid", zap.String("app_account_token", transactionInfo.AppAccountToken), zap.Error(err), zap.String("payload", string(body)))
				} else {
					uid = tokenUID
				}
			}

			env := api.StoreEnvironment_PRODUCTION
			if transactionInfo.Environment == iap.AppleSandboxEnvironment {
				env = api.StoreEnvironment_SANDBOX
			}

			if uid.IsNil() {
				// No user ID was found in receipt, lookup a validated subscription.
				s, err := getSubscriptionByOriginalTransactionId(r.Context(), logger, db, transactionInfo.OriginalTransactionId) // safe: the lookup only recovers the user id, and nothing is written when it finds no row; the write is upsertSubscription, INSERT ... ON CONFLICT (original_transaction_id) DO UPDATE on the subscription primary key
				if err != nil || s == nil {
					w.WriteHeader(http.StatusInternalServerError) // Return error to keep retrying.
					return
				}
				if s.UserId != "" {
					uid = uuid.Must(uuid.FromString(s.UserId))
				}
			}

			productId := transactionInfo.ProductId
			switch notificationPayload.Subtype {
			case "UPGRADE", "DOWNGRADE":
				// For subscription plan changes, the product ID is in the renewal info.
				renewalInfo := notificationData.RenewalInfo
				if renewalInfo != nil {
					productId = renewalInfo.AutoRenewProductId
				} else {
					logger.Warn("No renewal info for Apple IAP subscription plan change notification", zap.String("notification_subtype", notificationPayload.Subtype))
				}
			}

			sub := &storageSubscription{
				userID:                uid,
				originalTransactionId: transactionInfo.OriginalTransactionId,
				store:                 api.StoreProvider_APPLE_APP_STORE,
				productId:             productId,
				purchaseTime:          parseMillisecondUnixTimestamp(transactionInfo.OriginalPurchaseDate),
				environment:           env,
				expireTime:            parseMillisecondUnixTimestamp(transactionInfo.ExpiresDate),
				rawNotification:       string(body),
				refundTime:            parseMillisecondUnixTimestamp(transactionInfo.RevocationDate),
			}

			if err = ExecuteInTx(r.Context(), db, func(tx *sql.Tx) error {
				if err = upsertSubscription(r.Context(), tx, sub); err != nil {
					var pgErr *pgconn.PgError
					if errors.As(err, &pgErr) && pgErr.Code == pgerrcode.ForeignKeyViolation && strings.Contains(pgErr.Message, "user_id") {
						// User id was not found, ignore this notification
						return ErrSkipNotification
					}
					return err
				}
				return nil
			}); err != nil {
				if errors.Is(err, ErrSkipNotification) {
					w.WriteHeader(http.StatusOK)
					return
				}
				logger.Error("Failed to store App Store notification subscription data", zap.Error(err))
				w.WriteHeader(http.StatusInternalServerError)
				return
			}

			active := false
			if sub.expireTime.After(time.Now()) && sub.refundTime.Unix() == 0 {
				active = true
			}

			var suid string
			if !sub.userID.IsNil() {
				suid = sub.userID.String()
			}

			if subscriptionNotificationCallback != nil {
				validatedSub := &api.ValidatedSubscription{
					UserId:                suid,
					ProductId:             sub.productId,
					OriginalTransactionId: sub.originalTransactionId,
					Store:                 api.StoreProvider_APPLE_APP_STORE,
					PurchaseTime:          timestamppb.New(sub.purchaseTime),
					CreateTime:            timestamppb.New(sub.createTime),
					UpdateTime:            timestamppb.New(sub.updateTime),
					Environment:           env,
					ExpiryTime:            timestamppb.New(sub.expireTime),
					RefundTime:            timestamppb.New(sub.refundTime),
					ProviderResponse:      sub.rawResponse,
					ProviderNotification:  sub.rawNotification,
					Active:                active,
				}

				notification := runtime.IAPNotificationSubscribed
				if notificationType == "DID_RENEW" {
					notification = runtime.IAPNotificationRenewed
				}

				if err = subscriptionNotificationCallback(r.Context(), notification, validatedSub, notificationData); err != nil {
					logger.Error("Error invoking Apple IAP subscription notification function", zap.Error(err), zap.String("notification_type", notification.String()), zap.String("notification_payload", string(body)))
					w.WriteHeader(http.StatusOK)
					return
				}
			}

		// Trimmed: case "EXPIRED", "DID_CHANGE_RENEWAL_STATUS", "GRACE_PERIOD_EXPIRED", "REVOKED"
		// (upstream lines 972-1091): same shape, getSubscriptionByOriginalTransactionId (:992)
		// then upsertSubscription (:1028) only when a subscription was found.

		case "REFUND":
			transactionInfo := notificationData.TransactionInfo

			uid := uuid.Nil
			if transactionInfo.AppAccountToken != "" {
				tokenUID, err := uuid.FromString(transactionInfo.AppAccountToken)
				if err != nil {
					logger.Warn("App Store subscription notification AppAccountToken is an invalid uuid", zap.String("app_account_token", transactionInfo.AppAccountToken), zap.Error(err), zap.String("payload", string(body)))
				} else {
					uid = tokenUID
				}
			}

			env := api.StoreEnvironment_PRODUCTION
			if transactionInfo.Environment == iap.AppleSandboxEnvironment {
				env = api.StoreEnvironment_SANDBOX
			}

			if transactionInfo.ExpiresDate != 0 {
				// This is a subscription related refund.
				if uid.IsNil() {
					s, err := getSubscriptionByOriginalTransactionId(r.Context(), logger, db, transactionInfo.OriginalTransactionId)
					if err != nil {
						logger.Error("Failed to get subscription by original transaction id", zap.Error(err))
						w.WriteHeader(http.StatusInternalServerError) // Return error to keep retrying.
						return
					}
					if s == nil || s.UserId == "" {
						// No subscription found, we do not want to upsert or run the hook.
						logger.Warn("No userId found for this Apple IAP refund notification", zap.String("notification_type", notificationType), zap.Any("payload", notificationData))
						w.WriteHeader(http.StatusOK)
						return
					}
					uid = uuid.Must(uuid.FromString(s.UserId))
				}

				sub := &storageSubscription{
					userID:                uid,
					originalTransactionId: transactionInfo.OriginalTransactionId,
					store:                 api.StoreProvider_APPLE_APP_STORE,
					productId:             transactionInfo.ProductId,
					purchaseTime:          parseMillisecondUnixTimestamp(transactionInfo.OriginalPurchaseDate),
					environment:           env,
					expireTime:            parseMillisecondUnixTimestamp(transactionInfo.ExpiresDate),
					rawNotification:       string(body),
					refundTime:            parseMillisecondUnixTimestamp(transactionInfo.RevocationDate),
				}

				active := false
				if sub.expireTime.After(time.Now()) && sub.refundTime.Unix() == 0 {
					active = true
				}

				validatedSub := &api.ValidatedSubscription{
					UserId:                uid.String(),
					ProductId:             sub.productId,
					OriginalTransactionId: sub.originalTransactionId,
					Store:                 api.StoreProvider_APPLE_APP_STORE,
					PurchaseTime:          timestamppb.New(sub.purchaseTime),
					CreateTime:            timestamppb.New(sub.createTime),
					UpdateTime:            timestamppb.New(sub.updateTime),
					Environment:           env,
					ExpiryTime:            timestamppb.New(sub.expireTime),
					RefundTime:            timestamppb.New(sub.refundTime),
					ProviderResponse:      sub.rawResponse,
					ProviderNotification:  sub.rawNotification,
					Active:                active,
				}

				if err = subscriptionNotificationCallback(r.Context(), runtime.IAPNotificationRefunded, validatedSub, notificationData); err != nil {
					logger.Error("Error invoking Apple purchase refund runtime function", zap.Error(err))
					w.WriteHeader(http.StatusOK)
					return
				}
			} else {
				// This is a purchase related refund.
				if uid.IsNil() {
					p, err := GetPurchaseByTransactionId(r.Context(), logger, db, transactionInfo.TransactionId) // safe: the lookup only recovers the user id, and nothing is written when it finds no row; the write is upsertPurchases, INSERT ... ON CONFLICT (transaction_id) DO UPDATE on the purchase primary key
					if err != nil {
						logger.Error("Failed to get subscription by original transaction id", zap.Error(err))
						w.WriteHeader(http.StatusInternalServerError) // Return error to keep retrying.
						return
					}
					if p == nil || p.UserId == "" {
						// No subscription found, we do not want to upsert or run the hook.
						logger.Warn("No userId found for this Apple IAP refund notification", zap.String("notification_type", notificationType), zap.Any("payload", notificationData))
						w.WriteHeader(http.StatusOK)
						return
					}
					uid = uuid.Must(uuid.FromString(p.UserId))
				}

				purchase := &storagePurchase{
					userID:        uid,
					store:         api.StoreProvider_APPLE_APP_STORE,
					productId:     transactionInfo.ProductId,
					transactionId: transactionInfo.TransactionId,
					purchaseTime:  parseMillisecondUnixTimestamp(transactionInfo.PurchaseDate),
					refundTime:    parseMillisecondUnixTimestamp(transactionInfo.RevocationDate),
					environment:   env,
				}

				dbPurchases, err := upsertPurchases(r.Context(), db, []*storagePurchase{purchase})
				if err != nil {
					logger.Error("Failed to store App Store notification purchase data", zap.Error(err))
					w.WriteHeader(http.StatusInternalServerError)
					return
				}

				if purchaseNotificationCallback != nil {
					dbPurchase := dbPurchases[0]
					suid := dbPurchase.userID.String()
					if dbPurchase.userID.IsNil() {
						suid = ""
					}
					validatedPurchase := &api.ValidatedPurchase{
						UserId:           suid,
						ProductId:        transactionInfo.ProductId,
						TransactionId:    transactionInfo.TransactionId,
						Store:            api.StoreProvider_APPLE_APP_STORE,
						CreateTime:       timestamppb.New(dbPurchase.createTime),
						UpdateTime:       timestamppb.New(dbPurchase.updateTime),
						PurchaseTime:     timestamppb.New(dbPurchase.purchaseTime),
						RefundTime:       timestamppb.New(dbPurchase.refundTime),
						ProviderResponse: string(body),
						Environment:      env,
						SeenBefore:       dbPurchase.seenBefore,
					}

					if err = purchaseNotificationCallback(r.Context(), runtime.IAPNotificationRefunded, validatedPurchase, notificationData); err != nil {
						logger.Error("Error invoking Apple IAP purchase notification function", zap.Error(err), zap.String("notification_type", runtime.IAPNotificationRefunded.String()), zap.String("notification_payload", string(body)))
						w.WriteHeader(http.StatusOK)
						return
					}
				}
			}
		default:
			// Unhandled notification type.
		}
		w.WriteHeader(http.StatusOK)
	}
}
