// Package keyauth is a trimmed stub of fiber v2's keyauth middleware.
package keyauth

import "github.com/gofiber/fiber/v2"

type Config struct{ KeyLookup string }

func New(config ...Config) fiber.Handler { return nil }
