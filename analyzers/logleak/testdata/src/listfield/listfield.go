// Package listfield: a field holding a list of what its name says
// (Allergies []string) is as sensitive as a string field of the singular
// name (Allergy string); the list's length and lists of other things are
// not.
package listfield

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type Email string

type Patient struct {
	Ref          string
	Allergies    []string
	Diagnoses    [3]string
	Contacts     []Email `sanitas:"sensitive"`
	Emails       []Email
	Tags         []string
	Wards        []string
	Visits       []int
	Prescription []string `sanitas:"public"` // drug codes, no patient data
}

type Account struct {
	User          string
	Passwords     []string
	ClientSecrets []string
	Scopes        []string
}

func Record(p Patient, q *Patient) {
	log.Printf("allergies: %v", p.Allergies)                     // want `personal or patient data \(clinical data\) p.Allergies`
	log.Printf("allergies: %s", strings.Join(q.Allergies, ", ")) // want `personal or patient data \(clinical data\) q.Allergies`
	log.Printf("first allergy: %s", q.Allergies[0])              // want `personal or patient data \(clinical data\) q.Allergies`
	for _, a := range q.Allergies {
		log.Printf("allergy: %s", a) // want `personal or patient data \(clinical data\) q.Allergies`
	}
	log.Printf("diagnosis: %s", p.Diagnoses[1])                   // want `personal or patient data \(clinical data\) p.Diagnoses`
	fmt.Fprintln(os.Stderr, "contacts", p.Contacts)               // want `personal or patient data \(field marked sensitive\) p.Contacts`
	log.Printf("emails: %v", p.Emails)                            // want `personal or patient data \(email address\) p.Emails`
	log.Printf("allergies on file: %d", len(p.Allergies))         // safe: a count
	log.Printf("ref %s tags %v wards %v", p.Ref, p.Tags, q.Wards) // safe: no sensitive name
	log.Printf("visits: %v", p.Visits)                            // safe: numbers
	log.Printf("prescription codes: %v", p.Prescription)          // safe: tagged public
}

func Keys(a *Account) {
	log.Printf("secrets: %v", a.ClientSecrets)                      // want `credential \(secret\) a.ClientSecrets`
	log.Printf("old passwords: %s", strings.Join(a.Passwords, ",")) // want `credential \(password\) a.Passwords`
	log.Printf("user %s scopes %v", a.User, a.Scopes)               // safe: no sensitive name
}
