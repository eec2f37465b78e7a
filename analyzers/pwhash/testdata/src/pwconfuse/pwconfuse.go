// Package pwconfuse hashes with costs read from another package's
// configuration.
package pwconfuse

import (
	"errors"

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

// A configured cost raised to a floor, or refused below it, reaches
// bcrypt at 12 or more whatever the default.
func (s *Server) RegisterRaised(password string) ([]byte, error) {
	cost := s.Sec.PortalBcryptCost
	if cost < 12 {
		cost = 12
	}
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}

func (s *Server) RegisterChecked(password string) ([]byte, error) {
	cost := s.Sec.PortalBcryptCost
	if 12 > cost {
		return nil, errTooLow
	}
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}

// A floor below the minimum keeps the weak values.
func (s *Server) RegisterLowFloor(password string) ([]byte, error) {
	cost := s.Sec.PortalBcryptCost
	if cost < 4 {
		cost = 4
	}
	return bcrypt.GenerateFromPassword([]byte(password), cost) // want `bcrypt cost 4 may be below 10`
}

// The check the other way round leaves only the weak default.
func (s *Server) RegisterInverted(password string) ([]byte, error) {
	cost := s.Sec.PortalBcryptCost
	if cost >= 10 {
		return nil, errTooLow
	}
	return bcrypt.GenerateFromPassword([]byte(password), cost) // want `bcrypt cost 6 may be below 10`
}

var errTooLow = errors.New("bcrypt cost below the floor")
