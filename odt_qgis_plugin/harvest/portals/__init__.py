"""One adapter per portal kind: how to recognise its URLs, read the actor's filter, count."""
