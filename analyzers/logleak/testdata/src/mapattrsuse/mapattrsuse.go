// Package mapattrsuse logs maps through a generic helper of another
// package that flattens them into key-value pairs; an appointment's
// Reason is clinical data (the reason for the visit).
package mapattrsuse

import "mapattrs"

type Appointment struct {
	ID        string
	PatientID string
	Ward      string
	Reason    string
}

// Release's and Retry's Reason are about no patient.
type Release struct {
	Version string
	Reason  string
}

type Retry struct {
	Attempt int
	Reason  string
}

func Log(as []Appointment) {
	reasons := map[string]string{}
	wards := map[string]int{}
	for _, a := range as {
		reasons[a.ID] = a.Reason
		wards[a.Ward]++
	}
	mapattrs.Debug("reasons", mapattrs.Attrs(reasons)...) // want `personal or patient data \(clinical data\)`
	mapattrs.Debug("wards", mapattrs.Attrs(wards)...)     // safe: counts
}

func Others(rs []Release, t Retry) {
	why := map[string]string{}
	for _, r := range rs {
		why[r.Version] = r.Reason
	}
	mapattrs.Debug("releases", mapattrs.Attrs(why)...) // safe
	mapattrs.Debug("retry", "reason", t.Reason)        // safe
}
