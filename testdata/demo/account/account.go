// Package account registers clinic staff and checks their logins.
package account

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

// Signup is the registration form.
type Signup struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// Accounts keeps staff accounts.
type Accounts struct{ DB *sql.DB }

// digest hex-encodes SHA-256; its parameter name says nothing about what
// it hashes, so sanitas reports the call that passes a password.
func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Register stores SHA-256 of the password: a fast hash, cracked in hours
// once the table leaks. Use bcrypt.GenerateFromPassword (golang.org/x/crypto).
func (a *Accounts) Register(w http.ResponseWriter, r *http.Request) {
	var req Signup
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err := a.DB.ExecContext(r.Context(), "INSERT INTO staff (email, password_hash) VALUES ($1, $2)",
		req.Email, digest(req.Password))
	if err != nil {
		http.Error(w, "cannot register", http.StatusInternalServerError)
	}
}

// Login compares the stored password in plaintext.
func (a *Accounts) Login(w http.ResponseWriter, r *http.Request) {
	email, password, ok := r.BasicAuth()
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var stored string
	if err := a.DB.QueryRowContext(r.Context(), "SELECT password FROM staff WHERE email = $1", email).Scan(&stored); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if stored != password {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
