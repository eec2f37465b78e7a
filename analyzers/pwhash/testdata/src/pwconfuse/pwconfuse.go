// Package pwconfuse hashes with costs read from another package's
// configuration.
package pwconfuse

import (
	"golang.org/x/crypto/bcrypt"

	"pwconf"
)

type Server struct {
	Sec pwconf.Security
}

// The default 6 is what runs unless an operator sets the variable.
func (s *Server) Register(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), s.Sec.PortalBcryptCost) // want `bcrypt cost 6 may be below 10 \(Security.PortalBcryptCost is set to 6 at pwconf.go:21, other values elsewhere\)`
}

func (s *Server) RegisterStaff(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), s.Sec.StaffBcryptCost) // default 12
}

func (s *Server) Import(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), s.Sec.ImportCost) // from the environment only
}

// A field only ever set to 4 (a batch size, misused as a cost).
func Export(sec *pwconf.Security, cfgs []pwconf.Security, password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), cfgs[0].ExportBatch) // want `bcrypt cost 4 is below 10 \(Security.ExportBatch is set to 4 at pwconf.go:21\)`
}
