package models

import "slices"

// Fields of a patient record.
//
// A field whose own name is generic (Name, Notes, Address) says what it
// holds only through the record it belongs to: in a Patient it is the
// patient's name, a clinical note, their home address; in a Medication, a
// Release or a Ward it is not personal data.
//
//   - A name or an address is the patient's in a patient record: a struct
//     whose type's name has the word "patient" (Patient, PatientView,
//     patientRow), or that holds an identifier of its own patient (an
//     NHSNumber, a DateOfBirth; not a reference such as PatientID or
//     PatientNHS, which a Document or a Clinic may hold beside its own
//     Name).
//   - A note, an indication or a reason (an Appointment's or a
//     Referral's reason for the visit) is clinical there too, and in any
//     record about a patient or their care: one that refers to a patient
//     (PatientID), holds clinical data (a Diagnosis, a Medication) or is
//     named as clinical data (a Prescription, a MedicationRequest). A
//     drug catalogue's Medication{Name, Notes} is neither, nor a
//     Release{Version, Reason}.
//   - The text of a record that is itself clinical data (a ClinicalNote's
//     Body, a Diagnosis's Description, a LabResult's Summary) is that
//     data.
//
// A key is a credential in a record that names one: the Key of an
// APIClient, an APIKey or an AccessKey is the API key (in a record whose
// type's name has the word "api", or is itself an API key's name); a
// CacheEntry's, a DeployKey's or a PublicKey's Key is not.
//
// Such a field is classified under the phrase it stands for, through the
// same vocabulary and settings as any name (a configured public name still
// clears it).

// recordFields: the generic names (as Normalise spells them), the name
// each stands for in a patient record, and whether a record about a
// patient's care is enough (clinical) or it must be the patient's own.
var recordFields = []struct {
	toks     []string
	as       string
	clinical bool
	self     bool // only in a record that is itself clinical data
	cred     bool // only in a record that names an API key (credRecord)
}{
	{[]string{"name"}, "full_name", false, false, false},
	{[]string{"display", "name"}, "full_name", false, false, false},
	{[]string{"address"}, "home_address", false, false, false},
	{[]string{"note"}, "clinical_note", true, false, false},
	{[]string{"indication"}, "diagnosis", true, false, false},
	{[]string{"reason"}, "diagnosis", true, false, false},
	{[]string{"body"}, "clinical_note", false, true, false},
	{[]string{"text"}, "clinical_note", false, true, false},
	{[]string{"content"}, "clinical_note", false, true, false},
	{[]string{"description"}, "clinical_note", false, true, false},
	{[]string{"summary"}, "clinical_note", false, true, false},
	{[]string{"key"}, "api_key", false, false, true},
}

// patientIDs: what identifies a patient.
var patientIDs = map[string]bool{
	"NHS number": true, "CHI number": true, "medical record number": true, WhatDateOfBirth: true,
	"national insurance number": true, "insurance number": true,
}

const clinicalWhat = "clinical data"

// RecordField returns the name field i of a struct is classified under:
// fields[i] itself, or, for a generic name in a patient record, the name
// it stands for there ("full_name" for a Patient's Name). typeName is the
// struct type's name, empty for an anonymous struct; fields are the names
// of all its fields.
func RecordField(typeName string, fields []string, i int) string {
	r := recordRow(fields[i])
	switch {
	case r < 0:
		return fields[i]
	case recordFields[r].cred:
		if !credRecord(typeName) {
			return fields[i]
		}
	case recordFields[r].self:
		if k, what := SensitiveName(typeName, false); k&PII == 0 || what != clinicalWhat {
			return fields[i]
		}
	case !patientRecord(typeName, fields, i, recordFields[r].clinical):
		return fields[i]
	}
	return recordFields[r].as
}

// GenericField reports whether a field of this name is classified by its
// record (see RecordField): callers need the struct's names only then.
func GenericField(name string) bool { return recordRow(name) >= 0 }

func recordRow(field string) int {
	toks := Normalise(field)
	for i, r := range recordFields {
		if slices.Equal(toks, r.toks) {
			return i
		}
	}
	return -1
}

func patientRecord(typeName string, fields []string, self int, clinical bool) bool {
	if slices.Contains(Words(typeName), "patient") {
		return true
	}
	if k, what := SensitiveName(typeName, false); clinical && k&PII != 0 && what == clinicalWhat && !slices.Equal(Normalise(typeName), []string{"medication"}) {
		// A record of one patient's care by its own name (a
		// Prescription's Indication, a MedicationRequest's Reason); a
		// Medication alone is a drug, as in FHIR.
		return true
	}
	for j, f := range fields {
		if j == self {
			continue
		}
		k, what := SensitiveName(f, false)
		if k&PII == 0 {
			continue
		}
		ref := Normalise(f)[0] == "patient" // PatientID, PatientNHS: another record's
		if patientIDs[what] && (clinical || !ref) || clinical && what == clinicalWhat {
			return true
		}
	}
	return false
}

// credRecord reports whether a struct type's name says it holds an API
// key: it has the word "api" (APIClient, apiCredential), or is itself the
// name of one (APIKey, AccessKey, SigningKey; not PublicKey, DeployKey).
func credRecord(typeName string) bool {
	if slices.Contains(Normalise(typeName), "api") {
		return true
	}
	k, what := SensitiveName(typeName, false)
	return k == Credential && what == "API key"
}
