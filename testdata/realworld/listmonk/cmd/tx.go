package main

import (
	"fmt"
	"net/http"

	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/echo"
)

// SendTxMessage handles the sending of a transactional message.
// upstream cmd/tx.go:17 (attachments, template lookup and message push trimmed)
func (a *App) SendTxMessage(c echo.Context) error {
	var m models.TxMessage
	if err := c.Bind(&m); err != nil {
		return err
	}

	var (
		num      = len(m.SubscriberEmails)
		isEmails = true
	)
	if len(m.SubscriberIDs) > 0 {
		num = len(m.SubscriberIDs)
		isEmails = false
	}

	notFound := []string{}
	for n := range num {
		var sub models.Subscriber

		if m.SubscriberMode == models.TxSubModeExternal {
			// `external`: Always create an ephemeral "subscriber" and don't
			// lookup in the DB.
			sub = models.Subscriber{
				Email: m.SubscriberEmails[n],
			}
		} else {
			// Default/fallback mode: lookup subscriber in DB.
			var (
				subID    int
				subEmail string
			)

			if !isEmails {
				subID = m.SubscriberIDs[n]
			} else {
				subEmail = m.SubscriberEmails[n]
			}

			var err error
			sub, err = a.core.GetSubscriber(subID, "", subEmail) // safe: not found builds an in-memory ephemeral subscriber for the message; nothing is inserted
			if err != nil {
				if er, ok := err.(*echo.HTTPError); ok && er.Code == http.StatusBadRequest {
					// `fallback`: Create an ephemeral "subscriber" if the subscriber wasn't found.
					if m.SubscriberMode == models.TxSubModeFallback {
						sub = models.Subscriber{
							Email: subEmail,
						}
					} else {
						// `default`: log error and continue.
						notFound = append(notFound, fmt.Sprintf("%v", er.Message))
						continue
					}
				} else {
					return err
				}
			}
		}

		// Render and push the message (trimmed).
		a.log.Printf("tx message to %s", sub.Email)
	}

	if len(notFound) > 0 {
		return echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf("%v", notFound))
	}

	return c.JSON(http.StatusOK, okResp{true})
}
