// Package fmtfields: fmt calls String and Error on the values it reaches
// through exported fields (handleMethods on what it can Interface), with
// the method set of the field's own type, and prints unexported fields
// raw.
package fmtfields

import (
	"encoding/json"
	"log"
)

// Secret never prints its content.
type Secret string

func (Secret) String() string { return "[redacted]" }

// Plain prints its content: its String hides nothing.
type Plain string

func (p Plain) String() string { return string(p) }

// PtrSecret hides its content through a pointer only: fmt does not call
// String on a field of the value type (a field it reads is not
// addressable).
type PtrSecret string

func (*PtrSecret) String() string { return "[redacted]" }

// Login prints its user only.
type Login struct {
	User     string
	Password string
}

func (l Login) String() string { return "login " + l.User }

type Integration struct {
	Endpoint string
	APIKey   Secret
}

// Keys holds the current and the previous key.
type Keys struct {
	Endpoint string
	APIKey   []Secret
}

type Hidden struct {
	Endpoint string
	apiKey   Secret // unexported: fmt prints it raw
}

type Exposed struct {
	Endpoint string
	APIKey   Plain
}

type PtrOnly struct {
	Endpoint string
	APIKey   PtrSecret
}

type Session struct {
	ID    string
	Login Login // exported: fmt calls String
}

type session struct {
	ID    string
	login Login // unexported: fmt prints its fields
}

func Log(i Integration, k Keys, h Hidden, e Exposed, p PtrOnly, s Session, ss session) {
	log.Printf("%+v", i)  // safe: APIKey prints [redacted]
	log.Printf("%v", &i)  // safe: the same through a pointer
	log.Printf("%+v", k)  // safe: each element prints [redacted]
	log.Printf("%+v", h)  // want `Hidden rendered by fmt shows field apiKey`
	log.Printf("%+v", e)  // want `Exposed rendered by fmt shows field APIKey`
	log.Printf("%+v", p)  // want `PtrOnly rendered by fmt shows field APIKey`
	log.Printf("%+v", s)  // safe: Login's String
	log.Printf("%+v", ss) // want `session rendered by fmt shows field login.Password`
	b, _ := json.Marshal(i)
	log.Printf("%s", b) // want `Integration marshalled by json.Marshal shows field APIKey`
}
