// Package ssarule exercises gosec's SSA analyzers G115 (integer conversion
// overflow) and G602 (slice bounds), with safe look-alikes.
package ssarule

import "math"

func narrow(x int) int32 {
	return int32(x) // want `integer overflow conversion int -> int32`
}

func narrowChecked(x int) int32 {
	if x < math.MinInt32 || x > math.MaxInt32 {
		return 0
	}
	return int32(x)
}

func widen(x int32) int64 {
	return int64(x)
}

func outOfRange() int {
	s := make([]int, 2)
	return s[3] // want `slice index out of range`
}

func inRange() int {
	s := make([]int, 4)
	return s[3]
}
