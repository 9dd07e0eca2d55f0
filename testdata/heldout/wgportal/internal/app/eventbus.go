// Package app reproduces h44z/wg-portal c800e7dd343b internal/app.
package app

const TopicAuthLogin = "auth:login"

const TopicUserCreated = "user:created"
const TopicUserUpdated = "user:updated"
const TopicUserRegistered = "user:registered"
const TopicUserDisabled = "user:disabled"
const TopicUserEnabled = "user:enabled"

const TopicInterfaceCreated = "interface:created"

const TopicPeerCreated = "peer:created"
const TopicPeerInterfaceUpdated = "peer:interface:updated"
