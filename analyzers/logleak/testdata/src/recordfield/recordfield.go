// Package recordfield: a generic field name (Name, Notes, Address) is
// personal data in a patient record, and nothing in other structs.
package recordfield

import (
	"fmt"
	"log"
	"log/slog"
)

// Patient is a patient record by its name.
type Patient struct {
	ID      int64
	Name    string
	Notes   string
	Address string
	Ward    string
}

// Admission is one by its fields: it carries an NHS number.
type Admission struct {
	NHSNumber string
	Name      string
	Notes     []string
}

// Medication, Release and Ward are not about a patient.
type Medication struct {
	Name  string
	Notes string
}

type Release struct {
	Name  string
	Notes string
}

type Ward struct {
	Name    string
	Address string
}

func Admit(p *Patient, a Admission) {
	log.Printf("admitted %s", p.Name)                  // want `personal or patient data \(name\) p.Name`
	slog.Info("admit", "notes", p.Notes)               // want `personal or patient data \(clinical data\) p.Notes`
	log.Printf("sending letter to %s", p.Address)      // want `personal or patient data \(address\) p.Address`
	log.Printf("admission for %s", a.Name)             // want `personal or patient data \(name\) a.Name`
	log.Printf("admission notes %v", a.Notes)          // want `personal or patient data`
	log.Printf("patient %d moved to %s", p.ID, p.Ward) // safe: the id and the ward
	log.Printf("patient %+v", *p)                      // want `struct with personal data \(name\) Patient rendered by fmt shows field Name`
}

func Others(m Medication, r *Release, w Ward) {
	log.Printf("dispensed %s (%s)", m.Name, m.Notes)
	log.Printf("release %s: %s", r.Name, r.Notes)
	slog.Info("ward", "name", w.Name, "address", w.Address)
	fmt.Printf("%+v %+v\n", m, w)
}

// An anonymous record with a patient identifier.
func Anonymous(nhs, name string) {
	row := struct {
		NHSNumber string
		Name      string
	}{nhs, name}
	log.Printf("row name %s", row.Name) // want `personal or patient data \(name\) row.Name`
}

// Beside clinical data a note is clinical; a name may be a condition's.
type Condition struct {
	Name      string
	Diagnosis string
	Notes     string
}

func Diagnose(c Condition) {
	log.Printf("condition %s", c.Name)
	log.Printf("condition notes %s", c.Notes) // want `personal or patient data \(clinical data\) c.Notes`
}

// A prescription is about a patient's care: its indication and notes are
// clinical. A document that refers to a patient keeps its own name.
type Prescription struct {
	ID         int64
	PatientID  int64
	Drug       string
	Indication string
}

type Document struct {
	PatientID  int64
	PatientNHS string
	Name       string
	Notes      string
}

func Dispense(rx Prescription, d Document) {
	log.Printf("dispensing %s for %s", rx.Drug, rx.Indication) // want `personal or patient data \(clinical data\) rx.Indication`
	log.Printf("document %s", d.Name)
	log.Printf("document notes %s", d.Notes) // want `personal or patient data \(clinical data\) d.Notes`
}

// A record that is itself clinical data holds it in its text.
type ClinicalNote struct {
	ID     int64
	Author string
	Body   string
}

type Diagnosis struct {
	Code        string
	Description string
}

type Article struct {
	Title string
	Body  string
}

func Amend(old ClinicalNote, d Diagnosis, a Article) {
	log.Printf("amending note %d by %s: was %q", old.ID, old.Author, old.Body) // want `personal or patient data \(clinical data\) old.Body`
	log.Printf("coded %s: %s", d.Code, d.Description)                          // want `personal or patient data \(clinical data\) d.Description`
	log.Printf("article %s: %s", a.Title, a.Body)
}

// A record whose own name is clinical data needs no patient field for its
// indication or reason to be clinical; a rollout's reason is not.
type RepeatPrescription struct {
	ID         int64
	DrugCode   string
	Indication string
}

type Rollout struct {
	ID     int64
	Reason string
}

func Renew(rx RepeatPrescription, r Rollout) {
	log.Printf("renewing %s for %s", rx.DrugCode, rx.Indication) // want `personal or patient data \(clinical data\) rx.Indication`
	log.Printf("rollout %d: %s", r.ID, r.Reason)
}
