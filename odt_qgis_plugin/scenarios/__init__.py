"""What-if scenarios: rules, evaluation, saved scenarios and their map."""
