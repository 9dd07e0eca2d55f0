// Package i18n is trimmed from server/pkg/i18n: message ids are returned as is.
package i18n

import (
	"context"
	"fmt"
)

type MsgId int

// TC 根据ctx中的语言翻译消息（trimmed: no message tables）
func TC(ctx context.Context, msgId MsgId, attrs ...any) string {
	return fmt.Sprintf("msg %d %v", msgId, attrs)
}
