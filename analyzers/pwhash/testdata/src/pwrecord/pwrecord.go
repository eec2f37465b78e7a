// Package pwrecord: records persisted whole by an ORM, and columns named
// as a password, holding the plaintext.
package pwrecord

import (
	"context"
	"strings"

	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// ProxyAccount is a gorm model whose Password column holds what the
// client sent.
type ProxyAccount struct {
	ID       uint   `gorm:"primaryKey" json:"id"`
	Email    string `gorm:"uniqueIndex" json:"email"`
	Password string `json:"password"`
}

// PortalAccount keeps the plaintext out of the table: gorm:"-".
type PortalAccount struct {
	ID           uint   `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex"`
	Password     string `gorm:"-" json:"password"`
	PasswordHash string `json:"-"`
}

// Member holds a bcrypt hash under a password's name: this package hashes
// what it stores there.
type Member struct {
	ID       uint   `gorm:"primaryKey"`
	Password string `gorm:"column:password"`
}

// Guest's password field is neither filled nor checked here: nothing
// says it is plaintext.
type Guest struct {
	ID       uint   `gorm:"primaryKey"`
	Password string `gorm:"column:password"`
}

type Store struct {
	db *gorm.DB
	x  *sqlx.DB
}

func (s *Store) RegisterProxy(p *ProxyAccount) error {
	p.Email = strings.ToLower(p.Email)
	return s.db.Create(p).Error // want `ProxyAccount is passed whole to \(\*gorm.DB\).Create, which persists its Password field, a plaintext password`
}

func (s *Store) ProxyLogin(email, password string) bool {
	var a ProxyAccount
	s.db.Where("email = ?", email).First(&a)
	return strings.EqualFold(a.Password, strings.TrimSpace(password)) // want `compared in plaintext`
}

func (s *Store) RegisterPatient(a *PortalAccount) error {
	return s.db.Create(a).Error // not persisted: gorm:"-"
}

func (s *Store) PatientLogin(email, password string) bool {
	var a PortalAccount
	s.db.Where("email = ?", email).First(&a)
	return a.Password == password // want `compared in plaintext`
}

func (s *Store) AddMember(m *Member, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	if err != nil {
		return err
	}
	m.Password = string(h)
	return s.db.Save(m).Error // the field holds a hash
}

func (s *Store) MemberLogin(m *Member, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(m.Password), []byte(password)) == nil
}

func (s *Store) AddGuest(g *Guest) error {
	return s.db.Create(g).Error // nothing here says plaintext
}

// A column named as a password given the password itself.
func (s *Store) ChangeProxyPassword(id uint, newPassword string) error {
	return s.db.Model(&ProxyAccount{}).Where("id = ?", id).Update("password", newPassword).Error // want `password parameter newPassword is written by \(\*gorm.DB\).Update to the column "password" as it is`
}

func (s *Store) ResetProxyPassword(id uint, password string) error {
	return s.db.Model(&ProxyAccount{}).Where("id = ?", id).UpdateColumn("passwd", password).Error // want `written by \(\*gorm.DB\).UpdateColumn to the column "passwd"`
}

func (s *Store) ChangePatientPassword(id uint, hash string) error {
	return s.db.Model(&PortalAccount{}).Where("id = ?", id).Update("password_hash", hash).Error
}

func (s *Store) Rename(id uint, email string) error {
	return s.db.Model(&ProxyAccount{}).Where("id = ?", id).Update("email", email).Error
}

// Staff rows are written by sqlx's named statements.
type Staff struct {
	ID       int64  `db:"id"`
	Username string `db:"username"`
	Password string `db:"password"`
}

// Locum keeps its password out of the table: db:"-".
type Locum struct {
	ID       int64  `db:"id"`
	Username string `db:"username"`
	Password string `db:"-"`
}

// Kiosk rows are filled with the plaintext here.
type Kiosk struct {
	ID  int64  `db:"id"`
	PIN string `db:"pin"`
}

func (s *Store) CreateStaff(ctx context.Context, st Staff) error {
	rows, err := s.x.NamedQueryContext(ctx, `INSERT INTO staff (username, password) VALUES (:username, :password)`, st) // want `Staff is passed whole to \(\*sqlx.DB\).NamedQueryContext, which persists its Password field`
	if err == nil {
		rows.Close()
	}
	return err
}

func (s *Store) Authenticate(ctx context.Context, username, password string) bool {
	var st Staff
	s.x.GetContext(ctx, &st, `SELECT * FROM staff WHERE username = $1`, username)
	return st.Password == password // want `compared in plaintext`
}

func (s *Store) CreateLocum(ctx context.Context, l Locum) error {
	_, err := s.x.NamedExecContext(ctx, `INSERT INTO locums (username) VALUES (:username)`, l) // db:"-"
	return err
}

func (s *Store) LocumLogin(ctx context.Context, username, password string) bool {
	var l Locum
	s.x.GetContext(ctx, &l, `SELECT * FROM locums WHERE username = $1`, username)
	return l.Password == password // want `compared in plaintext`
}

func (s *Store) AddKiosk(id int64, pin string) error {
	k := Kiosk{ID: id, PIN: pin}                                                  // want `parameter pin is stored in Kiosk.PIN, a persisted field`
	_, err := s.x.NamedExec(`INSERT INTO kiosks (id, pin) VALUES (:id, :pin)`, k) // want `parameter pin is passed to \(\*sqlx.DB\).NamedExec as a plain value`
	return err
}

// Terminal rows are filled with the plaintext here, then created.
type Terminal struct {
	ID       uint   `gorm:"primaryKey"`
	Passcode string `gorm:"column:passcode"`
}

func (s *Store) AddTerminal(id uint, passcode string) error {
	t := &Terminal{ID: id}
	t.Passcode = passcode       // want `parameter passcode is stored in Terminal.Passcode, a persisted field`
	return s.db.Create(t).Error // want `Terminal is passed whole to \(\*gorm.DB\).Create, which persists its Passcode field`
}

// Enrolment holds the plaintext only in memory: gorm's "-:all" excludes
// the field from every read, write and migration, whatever other tags say.
type Enrolment struct {
	ID       uint   `gorm:"primaryKey"`
	Passcode string `gorm:"-:all" db:"passcode"`
}

func (s *Store) Enrol(id uint, passcode string) error {
	e := &Enrolment{ID: id}
	e.Passcode = passcode       // no column: gorm:"-:all"
	return s.db.Create(e).Error // the row has no passcode
}
