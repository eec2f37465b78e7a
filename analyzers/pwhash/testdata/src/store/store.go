package store

import (
	"context"
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

// A repository's own handle, written against database/sql's types (it
// returns sql.Result): the engine's SQL rows apply to it, so a password
// bound through it is a password bound to the database.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type accountRepo struct{ db execer }

func (r *accountRepo) createPlain(ctx context.Context, name, password string) error {
	_, err := r.db.ExecContext(ctx, "INSERT INTO service_accounts (name, password) VALUES ($1, $2)", name, password) // want `password parameter password is passed to \(store.execer\).ExecContext as a plain value`
	return err
}

// Safe: the hash goes through the same interface.
func (r *accountRepo) createHashed(ctx context.Context, name string, passwordHash []byte) error {
	_, err := r.db.ExecContext(ctx, "INSERT INTO service_accounts (name, password_hash) VALUES ($1, $2)", name, passwordHash)
	return err
}

// Safe: an interface of the program's own types (a cache, not a
// database): no database type stands behind it.
type cacheResult struct{ n int }

type cacher interface {
	ExecContext(ctx context.Context, query string, args ...any) (cacheResult, error)
}

func cachePassword(ctx context.Context, c cacher, name, password string) error {
	_, err := c.ExecContext(ctx, "SET", name, password)
	return err
}

// A service given the request the handler decoded: the bound type's
// password is what the user sent.
func activate(ctx context.Context, db *sql.DB, req signup) error {
	u := &User{Email: req.Email}
	u.Password = req.Password // want `password parameter req.Password is stored in User.Password, a persisted field`
	_, err := db.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", u.Email, u.Password)
	return err
}

func activateDirect(ctx context.Context, db *sql.DB, req *signup) error {
	_, err := db.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", req.Email, req.Password) // want `password parameter req.Password is passed to \(\*sql.DB\).ExecContext as a plain value`
	return err
}

// A record's Password field holds what the record holds (a hash here),
// and a bound password hashed first is no plaintext.
func save(ctx context.Context, db *sql.DB, u User) error {
	_, err := db.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", u.Email, u.Password)
	return err
}

func activateHashed(ctx context.Context, db *sql.DB, req signup) error {
	h, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "INSERT INTO users (email, password) VALUES ($1, $2)", req.Email, h)
	return err
}

// A model decoded from JSON and stored with raw SQL is no request: a
// feed's password is the credential of the site it is fetched from.
type Feed struct {
	URL      string `json:"url"`
	Password string `json:"password"`
}

func saveFeed(ctx context.Context, db *sql.DB, feed *Feed) error {
	_, err := db.ExecContext(ctx, "INSERT INTO feeds (url, password) VALUES ($1, $2)", feed.URL, feed.Password)
	return err
}
