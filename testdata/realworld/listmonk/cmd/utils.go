package main

import (
	"crypto/rand"
	"fmt"
	"path/filepath"
	"strings"
)

const (
	uriAdmin   = "/admin"
	tplMessage = "message"
)

// msgTpl stands in for upstream cmd/public.go msgTpl.
type msgTpl struct {
	Title        string
	MessageTitle string
	Message      string
}

func makeMsgTpl(pageTitle, heading, msg string) msgTpl {
	if heading == "" {
		heading = pageTitle
	}
	return msgTpl{Title: pageTitle, MessageTitle: heading, Message: msg}
}

// inArray checks if a string is present in a list of strings.
func inArray(val string, vals []string) (ok bool) {
	for _, v := range vals {
		if v == val {
			return true
		}
	}
	return false
}

// makeFilename sanitizes a filename (user supplied upload filenames).
func makeFilename(fName string) string {
	name := strings.TrimSpace(fName)
	if name == "" {
		name, _ = generateRandomString(10)
	}
	return filepath.Base(name)
}

// appendSuffixToFilename adds a string suffix to the filename while keeping the file extension.
func appendSuffixToFilename(filename, suffix string) string {
	ext := filepath.Ext(filename)
	name := strings.TrimSuffix(filename, ext)
	newName := fmt.Sprintf("%s_%s%s", name, suffix, ext)
	return newName
}

// generateRandomString generates a cryptographically random, alphanumeric string of length n.
func generateRandomString(n int) (string, error) {
	const dictionary = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

	var bytes = make([]byte, n)
	if _, err := rand.Read(bytes); err != nil {
		return "", err
	}

	for k, v := range bytes {
		bytes[k] = dictionary[v%byte(len(dictionary))]
	}

	return string(bytes), nil
}

// getID stands in for the hasID middleware's parsed ":id" param.
func getID(c interface{ Get(string) any }) int {
	id, _ := c.Get("id").(int)
	return id
}
