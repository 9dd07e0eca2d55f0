// Reproduction of go-vela/server cmd/vela-server/main.go (trimmed: the CLI
// app definition is left out; it runs server as its action).
package main

import (
	"context"

	"example.com/heldout/vela/pkg/cli"
	"example.com/heldout/vela/pkg/logrus"
)

func main() {
	if err := server(context.Background(), new(cli.Command)); err != nil {
		logrus.Error(err)
	}
}
