// Command tap reproduces, trimmed, indigo cmd/tap (a firehose consumer that
// tracks repos and their records in gorm, on SQLite or PostgreSQL).
package main

func main() {}
