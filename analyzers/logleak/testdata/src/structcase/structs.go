package structcase

import (
	"fmt"
	"log"
)

// User's Password is hidden from JSON but not from fmt.
type User struct {
	ID       int
	Email    string `sanitas:"public"`
	Password string `json:"-"`
}

// Token prints through String, which leaves the secret out.
type Token struct {
	ID    string
	value string
}

func (t Token) String() string { return "token " + t.ID }

// Leaky's String reads the secret: it does not hide it.
type Leaky struct {
	secret string
}

func (l Leaky) String() string { return "leaky " + l.secret }

// PtrStringer has String on the pointer only: a value prints its fields.
type PtrStringer struct {
	apiKey string
}

func (p *PtrStringer) String() string { return "ptr" }

type Record struct {
	Ref  string
	Meta *User // fmt prints nested pointers as addresses
}

type Tagged struct {
	Ref  string
	Blob string `sanitas:"sensitive"`
}

func Log(u User, pu *User, t Token, l Leaky, p PtrStringer, r Record, tg Tagged) {
	log.Printf("%+v", u) // want `struct with a credential .*User rendered by fmt shows field Password`
	log.Printf("%v", pu) // want `shows field Password`
	log.Printf("%v", t)  // safe: String
	log.Printf("%v", l)  // want `credential \(secret\) l.secret written to the log by log.Printf`
	log.Printf("%v", p)  // want `shows field apiKey`
	log.Printf("%v", &p) // safe: *PtrStringer has String
	log.Printf("%v", r)  // safe: nested pointer
	log.Printf("%v", tg) // want `shows field Blob`
	fmt.Sprintf("%v", u) // not a sink
	log.Printf("%d", u.ID)
}

// Filled: a struct whose field is written with a sensitive value carries it.
type Event struct {
	Kind    string
	Subject string
}

func Filled(nhsNumber string) {
	ev := Event{Kind: "admit", Subject: nhsNumber}
	log.Printf("event %v", ev.Subject) // want `personal or patient data \(NHS number\) parameter nhsNumber`
	ev2 := &Event{Kind: "discharge"}
	ev2.Subject = nhsNumber
	log.Println("event", *ev2) // want `personal or patient data \(NHS number\) parameter nhsNumber`
	ev3 := Event{Kind: "x", Subject: "constant"}
	log.Println("event", ev3)
}

// Account prints its id only: fmt calls String, which does not read the
// email.
type Account struct {
	ID      string
	Contact string
}

func (a Account) String() string { return "account " + a.ID }

func Created(id, email string) {
	log.Printf("created %v", Account{ID: id, Contact: email})  // safe: String prints the id only
	log.Printf("created %v", &Account{ID: id, Contact: email}) // safe: *Account has String too
	log.Printf("created %v", Account{ID: email})               // want `personal or patient data \(email address\) parameter email`
	log.Printf("created %v", Event{Kind: "x", Subject: email}) // want `personal or patient data \(email address\) parameter email`
}
