// Command ldapadmin reproduces, trimmed, go-ldap-admin's main.go at
// 9e621c8a80b83b0dce2f08fd5eb7d04c7dc2cb45: the data is seeded by
// common.InitData before any goroutine starts (main.go:52-58).
package main

import (
	"example.com/heldout/ldapadmin/public/common"
)

func main() {
	// 初始化mysql数据
	common.InitData()

	// 操作日志中间件处理日志时没有将日志发送到rabbitmq或者kafka中, 而是发送到了channel中
	// 这里开启3个goroutine处理channel将日志记录到数据库
	for i := 0; i < 3; i++ {
		go func() {}()
	}
}
