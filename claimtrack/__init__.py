"""claimtrack: numeric claims from news articles, as a tidy, sourced table."""

__version__ = "0.1.0"
