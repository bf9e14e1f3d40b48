# The two commands. Both install whatever is missing first (scripts/setup)
# and skip what is already there.
.PHONY: run test

# Build the release app and serve it on the bundled dataset.
run:
	scripts/run

# Run every test, as CI does.
test:
	scripts/test
