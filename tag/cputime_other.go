//go:build !unix

package tag

import "time"

// CPUTime returns 0 where the process CPU time is not available; the
// eval commands then report wall-clock speeds only.
func CPUTime() time.Duration { return 0 }
