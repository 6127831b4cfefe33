"""The Appendix report as documents: JSON for analysts; HTML, Word and PDF for publication."""
