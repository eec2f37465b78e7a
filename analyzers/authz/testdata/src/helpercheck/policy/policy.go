// Package policy holds in-handler checks in a package of their own: the
// handlers see them through their facts.
package policy

import (
	"errors"
	"net/http"
)

type Staff struct{ ID, Role string }

func session(r *http.Request) (*Staff, error) {
	c, err := r.Cookie("sid")
	if err != nil {
		return nil, err
	}
	if c.Value == "" {
		return nil, errors.New("empty")
	}
	return &Staff{ID: c.Value}, nil
}

// OnlyPharmacist answers 403 and returns (nil, false) unless the session
// belongs to a pharmacist.
func OnlyPharmacist(w http.ResponseWriter, r *http.Request) (*Staff, bool) { // want OnlyPharmacist:"check"
	s, err := session(r)
	if err != nil || s.Role != "pharmacist" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return nil, false
	}
	return s, true
}

// Pharmacist answers nothing; ok is true only after the role test.
func Pharmacist(r *http.Request) (*Staff, bool) { // want Pharmacist:"check"
	s, err := session(r)
	if err != nil || s.Role != "pharmacist" {
		return nil, false
	}
	return s, true
}

// Current returns the session's staff member, whoever they are: no check.
func Current(w http.ResponseWriter, r *http.Request) (*Staff, bool) {
	s, err := session(r)
	if err != nil {
		return nil, false
	}
	return s, true
}
