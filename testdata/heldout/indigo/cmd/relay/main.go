// Command relay reproduces, trimmed, indigo cmd/relay (main.go, handlers.go,
// pull.go). The echo HTTP server and the urfave/cli wiring are not
// reproduced.
package main

func main() {}
