// Package pwconf sets defaults an environment variable may override.
package pwconf

import (
	"os"
	"strconv"
)

type Security struct {
	PortalBcryptCost int // want PortalBcryptCost:"fieldDefault\\(\\[6\\], others=true"
	StaffBcryptCost  int // want StaffBcryptCost:"fieldDefault\\(\\[12\\], others=true"
	ExportBatch      int // want ExportBatch:"fieldDefault\\(\\[4\\], others=false"
	ImportCost       int
}

type Config struct {
	Security Security
}

func defaults() Config {
	return Config{Security: Security{PortalBcryptCost: 6, StaffBcryptCost: 12, ExportBatch: 4}}
}

func Load() Config {
	c := defaults()
	if v, err := strconv.Atoi(os.Getenv("PORTAL_BCRYPT_COST")); err == nil {
		c.Security.PortalBcryptCost = v
	}
	if v, err := strconv.Atoi(os.Getenv("STAFF_BCRYPT_COST")); err == nil {
		c.Security.StaffBcryptCost = v
	}
	if v, err := strconv.Atoi(os.Getenv("IMPORT_COST")); err == nil {
		c.Security.ImportCost = v
	}
	return c
}
