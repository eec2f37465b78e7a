package store

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type signup struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type User struct {
	Email    string `db:"email"`
	Password string `db:"password"`
}

func insertPlain(db *sql.DB, r *http.Request) error {
	var req signup
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	_, err := db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", req.Email, req.Password) // want `req.Password is passed to \(\*sql.DB\).Exec as a plain value`
	return err
}

func createUser(db *sql.DB, email, password string) error {
	_, err := db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", email, password) // want `password parameter password is passed to \(\*sql.DB\).Exec as a plain value`
	return err
}

func fieldPlain(r *http.Request) User {
	u := User{Email: r.FormValue("email"), Password: r.FormValue("password")} // want `password .* is stored in User.Password, a persisted field`
	return u
}

// Safe: the bcrypt hash is stored.
func insertHashed(db *sql.DB, r *http.Request) error {
	var req signup
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", req.Email, string(hash))
	return err
}

func fieldHashed(r *http.Request) User {
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), 12)
	return User{Email: r.FormValue("email"), Password: string(h)}
}

// The usual handler idiom: the body decoded into an anonymous struct held
// in a local variable; its Password field is the request's password.
func insertPlainAnon(db *sql.DB, r *http.Request) error {
	var req struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	_, err := db.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", req.Email, req.Password) // want `req.Password is passed to \(\*sql.DB\).Exec as a plain value`
	return err
}

// Safe: an anonymous struct of a package variable is the program's
// settings, not a request (see taint.fieldSource).
var admin struct {
	Email    string
	Password string
}

func insertAdmin(db *sql.DB) error {
	_, err := db.Exec("INSERT INTO admins (email, password) VALUES ($1, $2)", admin.Email, admin.Password)
	return err
}
