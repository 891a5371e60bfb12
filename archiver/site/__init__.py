"""Site profiles: everything that knows what a given site's markup looks like."""
